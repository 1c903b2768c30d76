import { lanesOfKinds, type JourneyTemplate } from './template-types';

/** A customer's whole day, to see where a product fits in (or interrupts) their routine. */
export const dayInTheLifeTemplate: JourneyTemplate = {
  id: 'day-in-the-life',
  mapType: 'day_in_the_life',
  journeyKind: 'custom',
  name: {
    en: 'Day in the life',
    th: 'หนึ่งวันในชีวิตลูกค้า',
    'zh-TW': '顧客的一天',
    vi: 'Một ngày của khách hàng',
    fa: 'یک روز از زندگی مشتری',
  },
  description: {
    en: "A customer's whole day, from early morning to night, to see where your product fits in their routine.",
    th: 'ชีวิตหนึ่งวันของลูกค้าตั้งแต่เช้าตรู่จนถึงกลางคืน เพื่อดูว่าผลิตภัณฑ์ของคุณอยู่ตรงไหนในกิจวัตรของเขา',
    'zh-TW': '從清晨到深夜，完整呈現顧客的一天，看看你的產品在他們日常中扮演什麼角色。',
    vi: 'Toàn bộ một ngày của khách hàng, từ sáng sớm đến tối muộn, để thấy sản phẩm của bạn nằm ở đâu trong thói quen của họ.',
    fa: 'یک روز کامل از زندگی مشتری، از صبح زود تا شب، تا ببینید محصول شما کجای برنامه روزانه او جا دارد.',
  },
  stages: [
    {
      key: 'early_morning',
      color: '#74c0fc',
      name: { en: 'Early morning', th: 'เช้าตรู่', 'zh-TW': '清晨', vi: 'Sáng sớm', fa: 'صبح زود' },
    },
    {
      key: 'morning',
      color: '#4dabf7',
      name: { en: 'Morning', th: 'ช่วงเช้า', 'zh-TW': '上午', vi: 'Buổi sáng', fa: 'صبح' },
    },
    {
      key: 'midday',
      color: '#fab005',
      name: { en: 'Midday', th: 'ช่วงเที่ยง', 'zh-TW': '中午', vi: 'Buổi trưa', fa: 'ظهر' },
    },
    {
      key: 'afternoon',
      color: '#fd7e14',
      name: { en: 'Afternoon', th: 'ช่วงบ่าย', 'zh-TW': '下午', vi: 'Buổi chiều', fa: 'بعدازظهر' },
    },
    {
      key: 'evening',
      color: '#845ef7',
      name: { en: 'Evening', th: 'ช่วงเย็น', 'zh-TW': '晚上', vi: 'Buổi tối', fa: 'عصر' },
    },
    {
      key: 'night',
      color: '#364fc7',
      name: { en: 'Night', th: 'กลางคืน', 'zh-TW': '深夜', vi: 'Ban đêm', fa: 'شب' },
    },
  ],
  lanes: lanesOfKinds('actions', 'channels', 'thoughts', 'emotions', 'pain_points', 'opportunities'),
};
