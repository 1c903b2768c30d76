import type { JourneyKind, Locale, MapType, Opportunity } from '@waymark/domain';

/** Every string the renderer itself draws (user content is drawn as written). */
export interface RenderLabels {
  mapType: Record<MapType, string>;
  journeyKind: Record<JourneyKind, string>;
  status: Record<Opportunity['status'], string>;
  users: (n: string) => string;
  fromPrevious: (p: string) => string;
  dropOff: (n: string, p: string) => string;
  severity: (n: string) => string;
  frequency: (n: string) => string;
  impact: (n: string) => string;
  feasibility: (n: string) => string;
  priority: Record<'high' | 'medium' | 'low', string>;
  lineOfVisibility: string;
  lineOfInternalInteraction: string;
  legend: string;
  severityTitle: string;
  priorityTitle: string;
  personas: string;
  goal: string;
  madeWith: string;
}

const en: RenderLabels = {
  mapType: {
    current_state: 'Current state',
    future_state: 'Future state',
    day_in_the_life: 'Day in the life',
    service_blueprint: 'Service blueprint',
  },
  journeyKind: {
    purchase: 'Purchase',
    lead_generation: 'Lead generation',
    engagement: 'Engagement',
    retention: 'Retention',
    onboarding: 'Onboarding',
    support: 'Support',
    custom: 'Custom',
  },
  status: { idea: 'Idea', planned: 'Planned', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  users: (n) => `${n} users`,
  fromPrevious: (p) => `${p} from previous`,
  dropOff: (n, p) => `${n} dropped (${p})`,
  severity: (n) => `Severity ${n}/5`,
  frequency: (n) => `Frequency ${n}/5`,
  impact: (n) => `Impact ${n}`,
  feasibility: (n) => `Feasibility ${n}`,
  priority: { high: 'High priority', medium: 'Medium priority', low: 'Low priority' },
  lineOfVisibility: 'Line of visibility',
  lineOfInternalInteraction: 'Line of internal interaction',
  legend: 'Legend',
  severityTitle: 'Pain point severity',
  priorityTitle: 'Opportunity priority',
  personas: 'Personas',
  goal: 'Goal',
  madeWith: 'Made with Waymark',
};

const th: RenderLabels = {
  mapType: {
    current_state: 'สถานะปัจจุบัน',
    future_state: 'สถานะในอนาคต',
    day_in_the_life: 'หนึ่งวันในชีวิต',
    service_blueprint: 'พิมพ์เขียวบริการ',
  },
  journeyKind: {
    purchase: 'การซื้อ',
    lead_generation: 'การสร้างลูกค้าเป้าหมาย',
    engagement: 'การมีส่วนร่วม',
    retention: 'การรักษาลูกค้า',
    onboarding: 'การเริ่มต้นใช้งาน',
    support: 'การสนับสนุน',
    custom: 'กำหนดเอง',
  },
  status: { idea: 'แนวคิด', planned: 'วางแผนแล้ว', in_progress: 'กำลังดำเนินการ', done: 'เสร็จแล้ว', dropped: 'ยกเลิก' },
  users: (n) => `ผู้ใช้ ${n} คน`,
  fromPrevious: (p) => `${p} จากขั้นก่อนหน้า`,
  dropOff: (n, p) => `หลุด ${n} (${p})`,
  severity: (n) => `ความรุนแรง ${n}/5`,
  frequency: (n) => `ความถี่ ${n}/5`,
  impact: (n) => `ผลกระทบ ${n}`,
  feasibility: (n) => `ความเป็นไปได้ ${n}`,
  priority: { high: 'ความสำคัญสูง', medium: 'ความสำคัญปานกลาง', low: 'ความสำคัญต่ำ' },
  lineOfVisibility: 'เส้นการมองเห็น',
  lineOfInternalInteraction: 'เส้นปฏิสัมพันธ์ภายใน',
  legend: 'คำอธิบาย',
  severityTitle: 'ความรุนแรงของปัญหา',
  priorityTitle: 'ลำดับความสำคัญของโอกาส',
  personas: 'เพอร์โซนา',
  goal: 'เป้าหมาย',
  madeWith: 'สร้างด้วย Waymark',
};

const zhTW: RenderLabels = {
  mapType: {
    current_state: '現況旅程',
    future_state: '未來旅程',
    day_in_the_life: '生活中的一天',
    service_blueprint: '服務藍圖',
  },
  journeyKind: {
    purchase: '購買',
    lead_generation: '潛在客戶開發',
    engagement: '互動',
    retention: '留存',
    onboarding: '新手引導',
    support: '支援',
    custom: '自訂',
  },
  status: { idea: '構想', planned: '已規劃', in_progress: '進行中', done: '已完成', dropped: '已放棄' },
  users: (n) => `${n} 位使用者`,
  fromPrevious: (p) => `較上一階段 ${p}`,
  dropOff: (n, p) => `流失 ${n}（${p}）`,
  severity: (n) => `嚴重度 ${n}/5`,
  frequency: (n) => `頻率 ${n}/5`,
  impact: (n) => `影響 ${n}`,
  feasibility: (n) => `可行性 ${n}`,
  priority: { high: '高優先', medium: '中優先', low: '低優先' },
  lineOfVisibility: '可見線',
  lineOfInternalInteraction: '內部互動線',
  legend: '圖例',
  severityTitle: '痛點嚴重度',
  priorityTitle: '機會優先順序',
  personas: '人物誌',
  goal: '目標',
  madeWith: '以 Waymark 製作',
};

const vi: RenderLabels = {
  mapType: {
    current_state: 'Hiện trạng',
    future_state: 'Trạng thái tương lai',
    day_in_the_life: 'Một ngày trong đời',
    service_blueprint: 'Bản thiết kế dịch vụ',
  },
  journeyKind: {
    purchase: 'Mua hàng',
    lead_generation: 'Tạo khách hàng tiềm năng',
    engagement: 'Tương tác',
    retention: 'Giữ chân',
    onboarding: 'Làm quen',
    support: 'Hỗ trợ',
    custom: 'Tùy chỉnh',
  },
  status: { idea: 'Ý tưởng', planned: 'Đã lên kế hoạch', in_progress: 'Đang thực hiện', done: 'Hoàn thành', dropped: 'Đã bỏ' },
  users: (n) => `${n} người dùng`,
  fromPrevious: (p) => `${p} từ bước trước`,
  dropOff: (n, p) => `Rời bỏ ${n} (${p})`,
  severity: (n) => `Mức độ ${n}/5`,
  frequency: (n) => `Tần suất ${n}/5`,
  impact: (n) => `Tác động ${n}`,
  feasibility: (n) => `Khả thi ${n}`,
  priority: { high: 'Ưu tiên cao', medium: 'Ưu tiên trung bình', low: 'Ưu tiên thấp' },
  lineOfVisibility: 'Đường hiển thị',
  lineOfInternalInteraction: 'Đường tương tác nội bộ',
  legend: 'Chú giải',
  severityTitle: 'Mức độ điểm đau',
  priorityTitle: 'Ưu tiên cơ hội',
  personas: 'Chân dung khách hàng',
  goal: 'Mục tiêu',
  madeWith: 'Tạo bằng Waymark',
};

const fa: RenderLabels = {
  mapType: {
    current_state: 'وضعیت فعلی',
    future_state: 'وضعیت آینده',
    day_in_the_life: 'یک روز از زندگی',
    service_blueprint: 'نقشه خدمت',
  },
  journeyKind: {
    purchase: 'خرید',
    lead_generation: 'جذب سرنخ',
    engagement: 'تعامل',
    retention: 'حفظ مشتری',
    onboarding: 'آشنایی اولیه',
    support: 'پشتیبانی',
    custom: 'سفارشی',
  },
  status: {
    idea: 'ایده',
    planned: 'برنامه‌ریزی‌شده',
    in_progress: 'در حال انجام',
    done: 'انجام‌شده',
    dropped: 'کنارگذاشته',
  },
  users: (n) => `${n} کاربر`,
  fromPrevious: (p) => `${p} از مرحله قبل`,
  dropOff: (n, p) => `ریزش ${n} (${p})`,
  severity: (n) => `شدت ${n}/5`,
  frequency: (n) => `تکرار ${n}/5`,
  impact: (n) => `اثر ${n}`,
  feasibility: (n) => `امکان‌پذیری ${n}`,
  priority: { high: 'اولویت بالا', medium: 'اولویت متوسط', low: 'اولویت پایین' },
  lineOfVisibility: 'خط دید',
  lineOfInternalInteraction: 'خط تعامل داخلی',
  legend: 'راهنما',
  severityTitle: 'شدت نقطه درد',
  priorityTitle: 'اولویت فرصت',
  personas: 'پرسوناها',
  goal: 'هدف',
  madeWith: 'ساخته‌شده با Waymark',
};

const ALL: Record<Locale, RenderLabels> = { en, th, 'zh-TW': zhTW, vi, fa };

/** The renderer's own strings in a UI locale. */
export function renderLabels(locale: Locale): RenderLabels {
  return ALL[locale];
}
