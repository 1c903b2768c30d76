import { lanesOfKinds, type JourneyTemplate } from './template-types';

/** Keeping customers: ongoing use, support, the renewal decision and winning back those who left. */
export const retentionTemplate: JourneyTemplate = {
  id: 'retention',
  mapType: 'current_state',
  journeyKind: 'retention',
  goalAction: 'renewal',
  name: {
    en: 'Retention journey',
    th: 'เส้นทางการรักษาลูกค้า',
    'zh-TW': '顧客留存旅程',
    vi: 'Hành trình giữ chân khách hàng',
    fa: 'سفر حفظ مشتری',
  },
  description: {
    en: 'Ongoing use, support, the renewal decision and win-back, with the moments of truth that keep or lose a customer.',
    th: 'การใช้งานต่อเนื่อง การขอความช่วยเหลือ การตัดสินใจต่ออายุ และการดึงลูกค้ากลับมา พร้อมช่วงเวลาชี้ขาดที่ทำให้รักษาหรือเสียลูกค้า',
    'zh-TW': '持續使用、尋求協助、續約決策與挽回，以及決定顧客去留的關鍵時刻。',
    vi: 'Sử dụng liên tục, nhận hỗ trợ, quyết định gia hạn và giành lại khách hàng, cùng những khoảnh khắc quyết định giữ chân hay đánh mất khách hàng.',
    fa: 'استفاده مستمر، پشتیبانی، تصمیم به تمدید و بازگرداندن مشتری، همراه با لحظه‌های حقیقتی که مشتری را نگه می‌دارند یا از دست می‌دهند.',
  },
  stages: [
    {
      key: 'ongoing_use',
      color: '#40c057',
      name: {
        en: 'Ongoing use',
        th: 'ใช้งานต่อเนื่อง',
        'zh-TW': '持續使用',
        vi: 'Sử dụng liên tục',
        fa: 'استفاده مستمر',
      },
    },
    {
      key: 'get_support',
      color: '#15aabf',
      name: {
        en: 'Get support',
        th: 'ขอความช่วยเหลือ',
        'zh-TW': '尋求協助',
        vi: 'Nhận hỗ trợ',
        fa: 'دریافت پشتیبانی',
      },
    },
    {
      key: 'review_value',
      color: '#fab005',
      name: {
        en: 'Review value',
        th: 'ทบทวนความคุ้มค่า',
        'zh-TW': '評估價值',
        vi: 'Đánh giá giá trị',
        fa: 'ارزیابی ارزش',
      },
    },
    {
      key: 'renew_or_leave',
      color: '#fd7e14',
      name: {
        en: 'Renew or leave',
        th: 'ต่ออายุหรือยกเลิก',
        'zh-TW': '續約或離開',
        vi: 'Gia hạn hoặc rời đi',
        fa: 'تمدید یا ترک',
      },
    },
    {
      key: 'win_back',
      color: '#be4bdb',
      name: {
        en: 'Win back',
        th: 'ดึงลูกค้ากลับมา',
        'zh-TW': '挽回',
        vi: 'Giành lại khách hàng',
        fa: 'بازگرداندن مشتری',
      },
    },
  ],
  lanes: lanesOfKinds(
    'actions',
    'touchpoints',
    'thoughts',
    'emotions',
    'moments_of_truth',
    'pain_points',
    'opportunities',
  ),
};
