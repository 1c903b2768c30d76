import type { Locale } from '@waymark/domain';

/**
 * Every string the renderer itself draws (user content is drawn as written). Opportunity statuses
 * and quadrant names come from the domain (`opportunityStatusLabel`, `quadrantLabel`), shared with
 * the web app.
 */
export interface RenderLabels {
  users: (n: string) => string;
  fromPrevious: (p: string) => string;
  dropOff: (n: string, p: string) => string;
  severity: (n: string) => string;
  frequency: (n: string) => string;
  impact: (n: string) => string;
  feasibility: (n: string) => string;
  priorityScore: (n: string) => string;
  legend: string;
  severityTitle: string;
  priorityTitle: string;
  personas: string;
  goal: string;
  madeWith: string;
}

const en: RenderLabels = {
  users: (n) => `${n} users`,
  fromPrevious: (p) => `${p} from previous`,
  dropOff: (n, p) => `${n} dropped (${p})`,
  severity: (n) => `Severity ${n}/5`,
  frequency: (n) => `Frequency ${n}/5`,
  impact: (n) => `Impact ${n}`,
  feasibility: (n) => `Feasibility ${n}`,
  priorityScore: (n) => `Priority ${n}`,
  legend: 'Legend',
  severityTitle: 'Pain point severity',
  priorityTitle: 'Opportunity priority',
  personas: 'Personas',
  goal: 'Goal',
  madeWith: 'Made with Waymark',
};

const th: RenderLabels = {
  users: (n) => `ผู้ใช้ ${n} คน`,
  fromPrevious: (p) => `${p} จากขั้นก่อนหน้า`,
  dropOff: (n, p) => `หลุด ${n} (${p})`,
  severity: (n) => `ความรุนแรง ${n}/5`,
  frequency: (n) => `ความถี่ ${n}/5`,
  impact: (n) => `ผลกระทบ ${n}`,
  feasibility: (n) => `ความเป็นไปได้ ${n}`,
  priorityScore: (n) => `ลำดับความสำคัญ ${n}`,
  legend: 'คำอธิบาย',
  severityTitle: 'ความรุนแรงของปัญหา',
  priorityTitle: 'ลำดับความสำคัญของโอกาส',
  personas: 'เพอร์โซนา',
  goal: 'เป้าหมาย',
  madeWith: 'สร้างด้วย Waymark',
};

const zhTW: RenderLabels = {
  users: (n) => `${n} 位使用者`,
  fromPrevious: (p) => `較上一階段 ${p}`,
  dropOff: (n, p) => `流失 ${n}（${p}）`,
  severity: (n) => `嚴重度 ${n}/5`,
  frequency: (n) => `頻率 ${n}/5`,
  impact: (n) => `影響 ${n}`,
  feasibility: (n) => `可行性 ${n}`,
  priorityScore: (n) => `優先分數 ${n}`,
  legend: '圖例',
  severityTitle: '痛點嚴重度',
  priorityTitle: '機會優先順序',
  personas: '人物誌',
  goal: '目標',
  madeWith: '以 Waymark 製作',
};

const vi: RenderLabels = {
  users: (n) => `${n} người dùng`,
  fromPrevious: (p) => `${p} từ bước trước`,
  dropOff: (n, p) => `Rời bỏ ${n} (${p})`,
  severity: (n) => `Mức độ ${n}/5`,
  frequency: (n) => `Tần suất ${n}/5`,
  impact: (n) => `Tác động ${n}`,
  feasibility: (n) => `Khả thi ${n}`,
  priorityScore: (n) => `Ưu tiên ${n}`,
  legend: 'Chú giải',
  severityTitle: 'Mức độ điểm đau',
  priorityTitle: 'Ưu tiên cơ hội',
  personas: 'Chân dung khách hàng',
  goal: 'Mục tiêu',
  madeWith: 'Tạo bằng Waymark',
};

const fa: RenderLabels = {
  users: (n) => `${n} کاربر`,
  fromPrevious: (p) => `${p} از مرحله قبل`,
  dropOff: (n, p) => `ریزش ${n} (${p})`,
  severity: (n) => `شدت ${n}/5`,
  frequency: (n) => `تکرار ${n}/5`,
  impact: (n) => `اثر ${n}`,
  feasibility: (n) => `امکان‌پذیری ${n}`,
  priorityScore: (n) => `اولویت ${n}`,
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
