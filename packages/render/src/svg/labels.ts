import type { Locale, Opportunity, Quadrant } from '@waymark/domain';

/** Every string the renderer itself draws (user content is drawn as written). */
export interface RenderLabels {
  status: Record<Opportunity['status'], string>;
  users: (n: string) => string;
  fromPrevious: (p: string) => string;
  dropOff: (n: string, p: string) => string;
  severity: (n: string) => string;
  frequency: (n: string) => string;
  impact: (n: string) => string;
  feasibility: (n: string) => string;
  /** Names of the impact × feasibility quadrants (the domain's `opportunityPriority`). */
  quadrant: Record<Quadrant, string>;
  priorityScore: (n: string) => string;
  legend: string;
  severityTitle: string;
  priorityTitle: string;
  personas: string;
  goal: string;
  madeWith: string;
}

const en: RenderLabels = {
  status: { idea: 'Idea', planned: 'Planned', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  users: (n) => `${n} users`,
  fromPrevious: (p) => `${p} from previous`,
  dropOff: (n, p) => `${n} dropped (${p})`,
  severity: (n) => `Severity ${n}/5`,
  frequency: (n) => `Frequency ${n}/5`,
  impact: (n) => `Impact ${n}`,
  feasibility: (n) => `Feasibility ${n}`,
  quadrant: {
    quick_win: 'Quick win',
    major_project: 'Major project',
    fill_in: 'Fill-in',
    money_pit: 'Money pit',
  },
  priorityScore: (n) => `Priority ${n}`,
  legend: 'Legend',
  severityTitle: 'Pain point severity',
  priorityTitle: 'Opportunity priority',
  personas: 'Personas',
  goal: 'Goal',
  madeWith: 'Made with Waymark',
};

const th: RenderLabels = {
  status: {
    idea: 'แนวคิด',
    planned: 'วางแผนแล้ว',
    in_progress: 'กำลังดำเนินการ',
    done: 'เสร็จแล้ว',
    dropped: 'ยกเลิก',
  },
  users: (n) => `ผู้ใช้ ${n} คน`,
  fromPrevious: (p) => `${p} จากขั้นก่อนหน้า`,
  dropOff: (n, p) => `หลุด ${n} (${p})`,
  severity: (n) => `ความรุนแรง ${n}/5`,
  frequency: (n) => `ความถี่ ${n}/5`,
  impact: (n) => `ผลกระทบ ${n}`,
  feasibility: (n) => `ความเป็นไปได้ ${n}`,
  quadrant: {
    quick_win: 'ทำได้เร็ว ผลดี',
    major_project: 'โครงการใหญ่',
    fill_in: 'งานเสริม',
    money_pit: 'ไม่คุ้มค่า',
  },
  priorityScore: (n) => `ลำดับความสำคัญ ${n}`,
  legend: 'คำอธิบาย',
  severityTitle: 'ความรุนแรงของปัญหา',
  priorityTitle: 'ลำดับความสำคัญของโอกาส',
  personas: 'เพอร์โซนา',
  goal: 'เป้าหมาย',
  madeWith: 'สร้างด้วย Waymark',
};

const zhTW: RenderLabels = {
  status: { idea: '構想', planned: '已規劃', in_progress: '進行中', done: '已完成', dropped: '已放棄' },
  users: (n) => `${n} 位使用者`,
  fromPrevious: (p) => `較上一階段 ${p}`,
  dropOff: (n, p) => `流失 ${n}（${p}）`,
  severity: (n) => `嚴重度 ${n}/5`,
  frequency: (n) => `頻率 ${n}/5`,
  impact: (n) => `影響 ${n}`,
  feasibility: (n) => `可行性 ${n}`,
  quadrant: { quick_win: '速效方案', major_project: '重大專案', fill_in: '填補項目', money_pit: '錢坑' },
  priorityScore: (n) => `優先分數 ${n}`,
  legend: '圖例',
  severityTitle: '痛點嚴重度',
  priorityTitle: '機會優先順序',
  personas: '人物誌',
  goal: '目標',
  madeWith: '以 Waymark 製作',
};

const vi: RenderLabels = {
  status: {
    idea: 'Ý tưởng',
    planned: 'Đã lên kế hoạch',
    in_progress: 'Đang thực hiện',
    done: 'Hoàn thành',
    dropped: 'Đã bỏ',
  },
  users: (n) => `${n} người dùng`,
  fromPrevious: (p) => `${p} từ bước trước`,
  dropOff: (n, p) => `Rời bỏ ${n} (${p})`,
  severity: (n) => `Mức độ ${n}/5`,
  frequency: (n) => `Tần suất ${n}/5`,
  impact: (n) => `Tác động ${n}`,
  feasibility: (n) => `Khả thi ${n}`,
  quadrant: {
    quick_win: 'Thắng nhanh',
    major_project: 'Dự án lớn',
    fill_in: 'Việc bổ sung',
    money_pit: 'Hố tiền',
  },
  priorityScore: (n) => `Ưu tiên ${n}`,
  legend: 'Chú giải',
  severityTitle: 'Mức độ điểm đau',
  priorityTitle: 'Ưu tiên cơ hội',
  personas: 'Chân dung khách hàng',
  goal: 'Mục tiêu',
  madeWith: 'Tạo bằng Waymark',
};

const fa: RenderLabels = {
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
  quadrant: {
    quick_win: 'برد سریع',
    major_project: 'پروژه بزرگ',
    fill_in: 'کار تکمیلی',
    money_pit: 'چاه پول',
  },
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
