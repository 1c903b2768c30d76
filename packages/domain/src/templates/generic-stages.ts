import type { TemplateStage } from './template-types';

/** Five stages that fit most journeys, shared by the current- and future-state templates. */
export const GENERIC_STAGES: readonly TemplateStage[] = [
  {
    key: 'discover',
    color: '#4c6ef5',
    name: { en: 'Discover', th: 'การค้นพบ', 'zh-TW': '發現', vi: 'Khám phá', fa: 'آشنایی' },
  },
  {
    key: 'research',
    color: '#15aabf',
    name: { en: 'Research', th: 'การหาข้อมูล', 'zh-TW': '蒐集資訊', vi: 'Tìm hiểu', fa: 'جست‌وجوی اطلاعات' },
  },
  {
    key: 'decide',
    color: '#40c057',
    name: { en: 'Decide', th: 'การตัดสินใจ', 'zh-TW': '決定', vi: 'Quyết định', fa: 'تصمیم‌گیری' },
  },
  {
    key: 'use',
    color: '#fab005',
    name: { en: 'Use', th: 'การใช้งาน', 'zh-TW': '使用', vi: 'Sử dụng', fa: 'استفاده' },
  },
  {
    key: 'get_help',
    color: '#fd7e14',
    name: {
      en: 'Get help',
      th: 'การขอความช่วยเหลือ',
      'zh-TW': '尋求協助',
      vi: 'Nhận hỗ trợ',
      fa: 'دریافت پشتیبانی',
    },
  },
];
