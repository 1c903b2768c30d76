import { lanesOfKinds, type JourneyTemplate } from './template-types';

/** From a new customer's welcome to regular, deeper use and sharing; where they drift away. */
export const engagementTemplate: JourneyTemplate = {
  id: 'engagement',
  mapType: 'current_state',
  journeyKind: 'engagement',
  name: {
    en: 'Engagement journey',
    th: 'เส้นทางการมีส่วนร่วม',
    'zh-TW': '互動經營旅程',
    vi: 'Hành trình tương tác',
    fa: 'سفر تعامل',
  },
  description: {
    en: 'How customers go from a first welcome to regular, deeper use and sharing, and where they drift away.',
    th: 'ลูกค้าเดินทางจากการต้อนรับครั้งแรกไปสู่การใช้งานเป็นประจำ การใช้งานเชิงลึก และการบอกต่ออย่างไร และหลุดหายไปตรงไหน',
    'zh-TW': '顧客如何從初次歡迎走向規律使用、深度使用與分享，以及在哪些環節流失。',
    vi: 'Khách hàng đi từ lời chào mừng đầu tiên đến sử dụng thường xuyên, chuyên sâu và chia sẻ như thế nào, và họ rời bỏ ở đâu.',
    fa: 'مشتریان چگونه از خوشامدگویی اولیه به استفاده منظم، عمیق‌تر و اشتراک‌گذاری می‌رسند و کجا از مسیر جدا می‌شوند.',
  },
  stages: [
    {
      key: 'welcome',
      color: '#4c6ef5',
      name: { en: 'Welcome', th: 'การต้อนรับ', 'zh-TW': '歡迎', vi: 'Chào mừng', fa: 'خوشامدگویی' },
    },
    {
      key: 'first_success',
      color: '#15aabf',
      name: {
        en: 'First success',
        th: 'ได้รับประโยชน์ครั้งแรก',
        'zh-TW': '首次獲得價值',
        vi: 'Thành công đầu tiên',
        fa: 'نخستین تجربه موفق',
      },
    },
    {
      key: 'regular_use',
      color: '#40c057',
      name: {
        en: 'Regular use',
        th: 'ใช้งานเป็นประจำ',
        'zh-TW': '養成習慣',
        vi: 'Sử dụng thường xuyên',
        fa: 'استفاده منظم',
      },
    },
    {
      key: 'deeper_use',
      color: '#fab005',
      name: {
        en: 'Deeper use',
        th: 'ใช้งานเชิงลึก',
        'zh-TW': '深度使用',
        vi: 'Sử dụng chuyên sâu',
        fa: 'استفاده عمیق‌تر',
      },
    },
    {
      key: 'share',
      color: '#be4bdb',
      name: {
        en: 'Share and connect',
        th: 'แบ่งปันและบอกต่อ',
        'zh-TW': '分享交流',
        vi: 'Chia sẻ và kết nối',
        fa: 'اشتراک‌گذاری و ارتباط',
      },
    },
  ],
  lanes: lanesOfKinds(
    'actions',
    'touchpoints',
    'channels',
    'emotions',
    'pain_points',
    'opportunities',
    'metrics',
  ),
};
