import type { Direction, Locale } from '../schema';
import type { Localized } from './localized';

/**
 * Names of a map's fields and sections in documents exported for people to read (the Markdown
 * export), in the map's own language. Worded as the editor words them.
 */
export const DOCUMENT_LABELS = {
  mapType: { en: 'Map type', th: 'ประเภทแผนที่', 'zh-TW': '地圖類型', vi: 'Loại bản đồ', fa: 'نوع نقشه' },
  journeyKind: {
    en: 'Journey kind',
    th: 'ประเภทเส้นทาง',
    'zh-TW': '旅程類型',
    vi: 'Loại hành trình',
    fa: 'نوع سفر',
  },
  goalAction: {
    en: 'Goal action',
    th: 'การกระทำเป้าหมาย',
    'zh-TW': '目標行動',
    vi: 'Hành động mục tiêu',
    fa: 'اقدام هدف',
  },
  language: { en: 'Language', th: 'ภาษา', 'zh-TW': '語言', vi: 'Ngôn ngữ', fa: 'زبان' },
  personas: { en: 'Personas', th: 'เพอร์โซนา', 'zh-TW': '人物誌', vi: 'Chân dung khách hàng', fa: 'پرسوناها' },
  map: { en: 'Map', th: 'แผนที่', 'zh-TW': '地圖', vi: 'Bản đồ', fa: 'نقشه' },
  lane: { en: 'Lane', th: 'แถว', 'zh-TW': '泳道', vi: 'Làn', fa: 'ردیف' },
  emptyMap: {
    en: 'This map has no stages or lanes yet.',
    th: 'แผนที่นี้ยังไม่มีขั้นตอนหรือแถว',
    'zh-TW': '此地圖尚無階段或泳道。',
    vi: 'Bản đồ này chưa có giai đoạn hoặc làn nào.',
    fa: 'این نقشه هنوز مرحله یا ردیفی ندارد.',
  },
  opportunitiesByPriority: {
    en: 'Opportunities by priority',
    th: 'โอกาสตามลำดับความสำคัญ',
    'zh-TW': '依優先順序排列的機會點',
    vi: 'Cơ hội theo mức ưu tiên',
    fa: 'فرصت‌ها به ترتیب اولویت',
  },
  priority: { en: 'Priority', th: 'ลำดับความสำคัญ', 'zh-TW': '優先順序', vi: 'Ưu tiên', fa: 'اولویت' },
  stage: { en: 'Stage', th: 'ขั้นตอน', 'zh-TW': '階段', vi: 'Giai đoạn', fa: 'مرحله' },
  impact: { en: 'Impact', th: 'ผลกระทบ', 'zh-TW': '影響力', vi: 'Tác động', fa: 'اثرگذاری' },
  feasibility: {
    en: 'Feasibility',
    th: 'ความเป็นไปได้',
    'zh-TW': '可行性',
    vi: 'Tính khả thi',
    fa: 'امکان‌پذیری',
  },
  severity: { en: 'Severity', th: 'ความรุนแรง', 'zh-TW': '嚴重程度', vi: 'Mức độ nghiêm trọng', fa: 'شدت' },
  frequency: { en: 'Frequency', th: 'ความถี่', 'zh-TW': '頻率', vi: 'Tần suất', fa: 'تکرار' },
  status: { en: 'Status', th: 'สถานะ', 'zh-TW': '狀態', vi: 'Trạng thái', fa: 'وضعیت' },
  owner: { en: 'Owner', th: 'ผู้รับผิดชอบ', 'zh-TW': '負責人', vi: 'Người phụ trách', fa: 'مسئول' },
  dueDate: { en: 'Due date', th: 'วันครบกำหนด', 'zh-TW': '到期日', vi: 'Hạn chót', fa: 'موعد' },
  demographics: {
    en: 'Demographics',
    th: 'ข้อมูลประชากร',
    'zh-TW': '人口統計',
    vi: 'Nhân khẩu học',
    fa: 'ویژگی‌های جمعیتی',
  },
  goals: { en: 'Goals', th: 'เป้าหมาย', 'zh-TW': '目標', vi: 'Mục tiêu', fa: 'هدف‌ها' },
  needs: { en: 'Needs', th: 'ความต้องการ', 'zh-TW': '需求', vi: 'Nhu cầu', fa: 'نیازها' },
  motivations: { en: 'Motivations', th: 'แรงจูงใจ', 'zh-TW': '動機', vi: 'Động lực', fa: 'انگیزه‌ها' },
  frustrations: {
    en: 'Frustrations',
    th: 'ความหงุดหงิด',
    'zh-TW': '挫折',
    vi: 'Nỗi bực bội',
    fa: 'ناکامی‌ها',
  },
  preferredChannels: {
    en: 'Preferred channels',
    th: 'ช่องทางที่ชอบ',
    'zh-TW': '偏好通路',
    vi: 'Kênh ưa thích',
    fa: 'کانال‌های ترجیحی',
  },
} as const satisfies Readonly<Record<string, Localized>>;

/** A field or section named in `DOCUMENT_LABELS`. */
export type DocumentLabel = keyof typeof DOCUMENT_LABELS;

/** Names of the writing directions. */
export const DIRECTION_LABELS: Readonly<Record<Direction, Localized>> = {
  ltr: { en: 'left to right', th: 'ซ้ายไปขวา', 'zh-TW': '由左至右', vi: 'trái sang phải', fa: 'چپ به راست' },
  rtl: { en: 'right to left', th: 'ขวาไปซ้าย', 'zh-TW': '由右至左', vi: 'phải sang trái', fa: 'راست به چپ' },
};

/** The name of a document field or section in `locale`, e.g. `documentLabel('goals', 'vi')` → `Mục tiêu`. */
export function documentLabel(label: DocumentLabel, locale: Locale): string {
  return DOCUMENT_LABELS[label][locale];
}

/** The name of a writing direction in `locale`. */
export function directionLabel(direction: Direction, locale: Locale): string {
  return DIRECTION_LABELS[direction][locale];
}
