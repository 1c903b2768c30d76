import { lanesOfKinds, type JourneyTemplate } from './template-types';

/**
 * A service blueprint: what the customer does and sees, then the organisation's work behind it.
 * The line of interaction runs under the customer actions, the line of visibility under the
 * frontstage lane and the line of internal interaction under the backstage lane.
 */
export const serviceBlueprintTemplate: JourneyTemplate = {
  id: 'service-blueprint',
  mapType: 'service_blueprint',
  journeyKind: 'support',
  name: {
    en: 'Service blueprint',
    th: 'พิมพ์เขียวการบริการ',
    'zh-TW': '服務藍圖',
    vi: 'Bản thiết kế dịch vụ',
    fa: 'نقشه طراحی خدمت',
  },
  description: {
    en: 'Customer actions, touchpoints and frontstage work above the line of visibility; backstage work, support processes, people, policies and technology below it.',
    th: 'การกระทำของลูกค้า จุดสัมผัส และการทำงานส่วนหน้าอยู่เหนือเส้นแบ่งการมองเห็น ส่วนการทำงานส่วนหลัง กระบวนการสนับสนุน บุคลากร นโยบาย และเทคโนโลยีอยู่ด้านล่าง',
    'zh-TW': '可視線以上是顧客行為、接觸點與前台行為；以下是後台行為、支援流程、人員、政策規範與技術系統。',
    vi: 'Hành động của khách hàng, điểm chạm và hoạt động tiền sảnh nằm trên đường ranh giới hữu hình; hoạt động hậu trường, quy trình hỗ trợ, nhân sự, chính sách và công nghệ nằm bên dưới.',
    fa: 'اقدامات مشتری، نقاط تماس و اقدامات پیش‌صحنه بالای خط دید؛ اقدامات پشت‌صحنه، فرایندهای پشتیبان، افراد، سیاست‌ها و فناوری زیر آن.',
  },
  stages: [
    {
      key: 'discover',
      color: '#4c6ef5',
      name: { en: 'Discover', th: 'การค้นพบ', 'zh-TW': '發現', vi: 'Khám phá', fa: 'آشنایی' },
    },
    {
      key: 'request',
      color: '#15aabf',
      name: {
        en: 'Request service',
        th: 'ขอรับบริการ',
        'zh-TW': '申請服務',
        vi: 'Yêu cầu dịch vụ',
        fa: 'درخواست خدمت',
      },
    },
    {
      key: 'receive',
      color: '#40c057',
      name: {
        en: 'Receive service',
        th: 'รับบริการ',
        'zh-TW': '接受服務',
        vi: 'Nhận dịch vụ',
        fa: 'دریافت خدمت',
      },
    },
    {
      key: 'pay',
      color: '#fab005',
      name: { en: 'Pay', th: 'ชำระเงิน', 'zh-TW': '付款', vi: 'Thanh toán', fa: 'پرداخت' },
    },
    {
      key: 'follow_up',
      color: '#fd7e14',
      name: {
        en: 'Follow up',
        th: 'การติดตามผล',
        'zh-TW': '後續追蹤',
        vi: 'Chăm sóc sau dịch vụ',
        fa: 'پیگیری',
      },
    },
  ],
  lanes: [
    ...lanesOfKinds('touchpoints'),
    {
      key: 'customer_actions',
      kind: 'actions',
      name: {
        en: 'Customer actions',
        th: 'การกระทำของลูกค้า',
        'zh-TW': '顧客行為',
        vi: 'Hành động của khách hàng',
        fa: 'اقدامات مشتری',
      },
    },
    ...lanesOfKinds('frontstage', 'backstage', 'support_processes', 'people', 'policies', 'technology'),
  ],
  dividers: [
    { kind: 'line_of_interaction', afterLane: 'customer_actions' },
    { kind: 'line_of_visibility', afterLane: 'frontstage' },
    { kind: 'line_of_internal_interaction', afterLane: 'backstage' },
  ],
};
