import type { Quadrant } from '../operations/priority';
import type { Locale, Opportunity } from '../schema';
import type { Localized } from './localized';

type OpportunityStatus = Opportunity['status'];

/**
 * Names of opportunity statuses, shared by the web app (card details, opportunity list) and the
 * SVG renderer (card badges), so an export says what the editor says.
 */
export const OPPORTUNITY_STATUS_LABELS: Readonly<Record<OpportunityStatus, Localized>> = {
  idea: { en: 'Idea', th: 'แนวคิด', 'zh-TW': '構想', vi: 'Ý tưởng', fa: 'ایده' },
  planned: {
    en: 'Planned',
    th: 'วางแผนแล้ว',
    'zh-TW': '已規劃',
    vi: 'Đã lên kế hoạch',
    fa: 'برنامه‌ریزی‌شده',
  },
  in_progress: {
    en: 'In progress',
    th: 'กำลังดำเนินการ',
    'zh-TW': '進行中',
    vi: 'Đang thực hiện',
    fa: 'در حال انجام',
  },
  done: { en: 'Done', th: 'เสร็จแล้ว', 'zh-TW': '已完成', vi: 'Hoàn thành', fa: 'انجام‌شده' },
  dropped: { en: 'Dropped', th: 'ยกเลิก', 'zh-TW': '已放棄', vi: 'Đã hủy', fa: 'کنارگذاشته' },
};

/**
 * Names of the impact × feasibility quadrants of `opportunityPriority`, in the singular: one
 * opportunity is a quick win (card badge, list chip), and a matrix region is named the same.
 */
export const QUADRANT_LABELS: Readonly<Record<Quadrant, Localized>> = {
  quick_win: { en: 'Quick win', th: 'ทำได้เร็ว ผลดี', 'zh-TW': '速效方案', vi: 'Thắng nhanh', fa: 'برد سریع' },
  major_project: {
    en: 'Major project',
    th: 'โครงการใหญ่',
    'zh-TW': '重大專案',
    vi: 'Dự án lớn',
    fa: 'پروژه بزرگ',
  },
  fill_in: { en: 'Fill-in', th: 'งานเสริม', 'zh-TW': '填補項目', vi: 'Việc bổ sung', fa: 'کار تکمیلی' },
  money_pit: { en: 'Money pit', th: 'ไม่คุ้มค่า', 'zh-TW': '錢坑', vi: 'Hố tiền', fa: 'چاه پول' },
};

/** The name of an opportunity status in `locale`, e.g. `in_progress` → `進行中` in zh-TW. */
export function opportunityStatusLabel(status: OpportunityStatus, locale: Locale): string {
  return OPPORTUNITY_STATUS_LABELS[status][locale];
}

/** The name of a priority quadrant in `locale`, e.g. `quick_win` → `Quick win`. */
export function quadrantLabel(quadrant: Quadrant, locale: Locale): string {
  return QUADRANT_LABELS[quadrant][locale];
}
