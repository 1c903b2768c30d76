import type { Divider, ItemType, JourneyKind, LaneKind, Locale, MapType } from '../schema';
import type { Localized } from './localized';

/** Names of lane kinds as CX practitioners say them in each locale. */
export const LANE_KIND_LABELS: Readonly<Record<LaneKind, Localized>> = {
  actions: { en: 'Actions', th: 'การกระทำ', 'zh-TW': '行為', vi: 'Hành động', fa: 'اقدامات' },
  touchpoints: { en: 'Touchpoints', th: 'จุดสัมผัส', 'zh-TW': '接觸點', vi: 'Điểm chạm', fa: 'نقاط تماس' },
  channels: { en: 'Channels', th: 'ช่องทาง', 'zh-TW': '通路', vi: 'Kênh', fa: 'کانال‌ها' },
  thoughts: { en: 'Thoughts', th: 'ความคิด', 'zh-TW': '想法', vi: 'Suy nghĩ', fa: 'افکار' },
  emotions: { en: 'Emotions', th: 'อารมณ์ความรู้สึก', 'zh-TW': '情緒', vi: 'Cảm xúc', fa: 'احساسات' },
  pain_points: { en: 'Pain points', th: 'ปัญหาที่พบ', 'zh-TW': '痛點', vi: 'Điểm đau', fa: 'نقاط درد' },
  opportunities: { en: 'Opportunities', th: 'โอกาส', 'zh-TW': '機會點', vi: 'Cơ hội', fa: 'فرصت‌ها' },
  moments_of_truth: {
    en: 'Moments of truth',
    th: 'ช่วงเวลาชี้ขาด',
    'zh-TW': '關鍵時刻',
    vi: 'Khoảnh khắc quyết định',
    fa: 'لحظه‌های حقیقت',
  },
  frontstage: {
    en: 'Frontstage',
    th: 'การทำงานส่วนหน้า',
    'zh-TW': '前台行為',
    vi: 'Hoạt động tiền sảnh',
    fa: 'اقدامات پیش‌صحنه',
  },
  backstage: {
    en: 'Backstage',
    th: 'การทำงานส่วนหลัง',
    'zh-TW': '後台行為',
    vi: 'Hoạt động hậu trường',
    fa: 'اقدامات پشت‌صحنه',
  },
  support_processes: {
    en: 'Support processes',
    th: 'กระบวนการสนับสนุน',
    'zh-TW': '支援流程',
    vi: 'Quy trình hỗ trợ',
    fa: 'فرایندهای پشتیبان',
  },
  people: { en: 'People', th: 'บุคลากร', 'zh-TW': '人員', vi: 'Nhân sự', fa: 'افراد' },
  policies: { en: 'Policies', th: 'นโยบาย', 'zh-TW': '政策規範', vi: 'Chính sách', fa: 'سیاست‌ها' },
  technology: { en: 'Technology', th: 'เทคโนโลยี', 'zh-TW': '技術系統', vi: 'Công nghệ', fa: 'فناوری' },
  metrics: { en: 'Metrics', th: 'ตัวชี้วัด', 'zh-TW': '指標', vi: 'Chỉ số đo lường', fa: 'شاخص‌ها' },
  departments: {
    en: 'Owners',
    th: 'หน่วยงานที่รับผิดชอบ',
    'zh-TW': '負責部門',
    vi: 'Bộ phận phụ trách',
    fa: 'واحدهای مسئول',
  },
  text: { en: 'Notes', th: 'บันทึก', 'zh-TW': '備註', vi: 'Ghi chú', fa: 'یادداشت‌ها' },
  images: { en: 'Images', th: 'รูปภาพ', 'zh-TW': '圖片', vi: 'Hình ảnh', fa: 'تصاویر' },
  custom: { en: 'Custom', th: 'กำหนดเอง', 'zh-TW': '自訂', vi: 'Tùy chỉnh', fa: 'سفارشی' },
};

/** Names of map types. */
export const MAP_TYPE_LABELS: Readonly<Record<MapType, Localized>> = {
  current_state: {
    en: 'Current state',
    th: 'สภาพปัจจุบัน',
    'zh-TW': '現況旅程',
    vi: 'Hiện trạng',
    fa: 'وضعیت فعلی',
  },
  future_state: {
    en: 'Future state',
    th: 'สภาพที่อยากให้เป็น',
    'zh-TW': '未來旅程',
    vi: 'Trạng thái tương lai',
    fa: 'وضعیت مطلوب آینده',
  },
  day_in_the_life: {
    en: 'Day in the life',
    th: 'หนึ่งวันในชีวิต',
    'zh-TW': '一日生活',
    vi: 'Một ngày điển hình',
    fa: 'یک روز از زندگی',
  },
  service_blueprint: {
    en: 'Service blueprint',
    th: 'พิมพ์เขียวการบริการ',
    'zh-TW': '服務藍圖',
    vi: 'Bản thiết kế dịch vụ',
    fa: 'نقشه طراحی خدمت',
  },
};

/** Names of journey kinds. */
export const JOURNEY_KIND_LABELS: Readonly<Record<JourneyKind, Localized>> = {
  purchase: { en: 'Purchase', th: 'การซื้อ', 'zh-TW': '購買', vi: 'Mua hàng', fa: 'خرید' },
  lead_generation: {
    en: 'Lead generation',
    th: 'การหาลูกค้าเป้าหมาย',
    'zh-TW': '潛在客戶開發',
    vi: 'Tạo khách hàng tiềm năng',
    fa: 'جذب مشتریان بالقوه',
  },
  engagement: { en: 'Engagement', th: 'การมีส่วนร่วม', 'zh-TW': '互動經營', vi: 'Tương tác', fa: 'تعامل' },
  retention: {
    en: 'Retention',
    th: 'การรักษาลูกค้า',
    'zh-TW': '顧客留存',
    vi: 'Giữ chân khách hàng',
    fa: 'حفظ مشتری',
  },
  onboarding: {
    en: 'Onboarding',
    th: 'การเริ่มต้นใช้งาน',
    'zh-TW': '新手引導',
    vi: 'Làm quen sản phẩm',
    fa: 'آشناسازی اولیه',
  },
  support: { en: 'Support', th: 'การดูแลลูกค้า', 'zh-TW': '客戶服務', vi: 'Hỗ trợ khách hàng', fa: 'پشتیبانی' },
  custom: { en: 'Custom', th: 'กำหนดเอง', 'zh-TW': '自訂', vi: 'Tùy chỉnh', fa: 'سفارشی' },
};

/** Names of item types (for menus and legends). */
export const ITEM_TYPE_LABELS: Readonly<Record<ItemType, Localized>> = {
  card: { en: 'Card', th: 'การ์ด', 'zh-TW': '卡片', vi: 'Thẻ', fa: 'کارت' },
  touchpoint: { en: 'Touchpoint', th: 'จุดสัมผัส', 'zh-TW': '接觸點', vi: 'Điểm chạm', fa: 'نقطه تماس' },
  pain_point: { en: 'Pain point', th: 'ปัญหา', 'zh-TW': '痛點', vi: 'Điểm đau', fa: 'نقطه درد' },
  opportunity: { en: 'Opportunity', th: 'โอกาส', 'zh-TW': '機會點', vi: 'Cơ hội', fa: 'فرصت' },
  emotion_point: { en: 'Emotion', th: 'อารมณ์', 'zh-TW': '情緒', vi: 'Cảm xúc', fa: 'احساس' },
};

/** Names of the service-blueprint lines. */
export const DIVIDER_KIND_LABELS: Readonly<Record<Divider['kind'], Localized>> = {
  line_of_interaction: {
    en: 'Line of interaction',
    th: 'เส้นแบ่งการปฏิสัมพันธ์',
    'zh-TW': '互動線',
    vi: 'Đường tương tác',
    fa: 'خط تعامل',
  },
  line_of_visibility: {
    en: 'Line of visibility',
    th: 'เส้นแบ่งการมองเห็น',
    'zh-TW': '可視線',
    vi: 'Đường ranh giới hữu hình',
    fa: 'خط دید',
  },
  line_of_internal_interaction: {
    en: 'Line of internal interaction',
    th: 'เส้นแบ่งการประสานงานภายใน',
    'zh-TW': '內部互動線',
    vi: 'Đường tương tác nội bộ',
    fa: 'خط تعامل داخلی',
  },
};

/** The name of a lane kind in `locale`, e.g. `laneKindLabel('pain_points', 'zh-TW')` → `痛點`. */
export function laneKindLabel(kind: LaneKind, locale: Locale): string {
  return LANE_KIND_LABELS[kind][locale];
}

/** The name of a map type in `locale`. */
export function mapTypeLabel(type: MapType, locale: Locale): string {
  return MAP_TYPE_LABELS[type][locale];
}

/** The name of a journey kind in `locale`. */
export function journeyKindLabel(kind: JourneyKind, locale: Locale): string {
  return JOURNEY_KIND_LABELS[kind][locale];
}

/** The name of an item type in `locale`. */
export function itemTypeLabel(type: ItemType, locale: Locale): string {
  return ITEM_TYPE_LABELS[type][locale];
}

/** The name of a blueprint divider in `locale`. */
export function dividerKindLabel(kind: Divider['kind'], locale: Locale): string {
  return DIVIDER_KIND_LABELS[kind][locale];
}
