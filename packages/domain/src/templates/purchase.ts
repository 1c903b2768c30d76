import { lanesOfKinds, type JourneyTemplate } from './template-types';

/**
 * The classic six-stage purchase journey, from first hearing of a product to recommending it.
 * Stage event matchers are left empty: link them to measured events in the editor.
 */
export const purchaseTemplate: JourneyTemplate = {
  id: 'purchase',
  mapType: 'current_state',
  journeyKind: 'purchase',
  goalAction: 'purchase',
  name: {
    en: 'Purchase journey',
    th: 'เส้นทางการซื้อของลูกค้า',
    'zh-TW': '購買旅程',
    vi: 'Hành trình mua hàng',
    fa: 'سفر خرید',
  },
  description: {
    en: 'Six stages from first awareness to advocacy, with actions, touchpoints, thoughts, emotions, pain points and opportunities.',
    th: 'หกขั้นตอนตั้งแต่การรับรู้ครั้งแรกจนถึงการบอกต่อ พร้อมการกระทำ จุดสัมผัส ความคิด อารมณ์ ปัญหาที่พบ และโอกาส',
    'zh-TW': '從初次認知到主動推薦的六個階段，涵蓋行為、接觸點、想法、情緒、痛點與機會點。',
    vi: 'Sáu giai đoạn từ khi biết đến thương hiệu cho đến khi giới thiệu cho người khác, gồm hành động, điểm chạm, suy nghĩ, cảm xúc, điểm đau và cơ hội.',
    fa: 'شش مرحله از نخستین آشنایی تا توصیه به دیگران، همراه با اقدامات، نقاط تماس، افکار، احساسات، نقاط درد و فرصت‌ها.',
  },
  stages: [
    {
      key: 'awareness',
      color: '#4c6ef5',
      name: { en: 'Awareness', th: 'การรับรู้', 'zh-TW': '認知', vi: 'Nhận biết', fa: 'آگاهی' },
    },
    {
      key: 'consideration',
      color: '#15aabf',
      name: { en: 'Consideration', th: 'การพิจารณา', 'zh-TW': '考慮', vi: 'Cân nhắc', fa: 'بررسی' },
    },
    {
      key: 'decision',
      color: '#40c057',
      name: { en: 'Decision', th: 'การตัดสินใจ', 'zh-TW': '決策', vi: 'Quyết định', fa: 'تصمیم‌گیری' },
    },
    {
      key: 'usage',
      color: '#fab005',
      name: { en: 'Usage', th: 'การใช้งาน', 'zh-TW': '使用', vi: 'Sử dụng', fa: 'استفاده' },
    },
    {
      key: 'retention',
      color: '#fd7e14',
      name: { en: 'Retention', th: 'การรักษาลูกค้า', 'zh-TW': '留存', vi: 'Giữ chân', fa: 'ماندگاری' },
    },
    {
      key: 'advocacy',
      color: '#be4bdb',
      name: { en: 'Advocacy', th: 'การบอกต่อ', 'zh-TW': '推薦', vi: 'Giới thiệu', fa: 'توصیه به دیگران' },
    },
  ],
  lanes: lanesOfKinds('actions', 'touchpoints', 'thoughts', 'emotions', 'pain_points', 'opportunities'),
};
