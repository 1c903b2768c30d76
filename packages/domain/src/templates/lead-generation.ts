import { lanesOfKinds, type JourneyTemplate } from './template-types';

/** From a stranger's first contact to a qualified lead handed to sales. */
export const leadGenerationTemplate: JourneyTemplate = {
  id: 'lead-generation',
  mapType: 'current_state',
  journeyKind: 'lead_generation',
  goalAction: 'inquiry',
  name: {
    en: 'Lead generation journey',
    th: 'เส้นทางการหาลูกค้าเป้าหมาย',
    'zh-TW': '潛在客戶開發旅程',
    vi: 'Hành trình tạo khách hàng tiềm năng',
    fa: 'سفر جذب مشتریان بالقوه',
  },
  description: {
    en: 'From first contact to a qualified lead handed to sales, with channels and metrics for each stage.',
    th: 'ตั้งแต่การติดต่อครั้งแรกจนได้ลูกค้าเป้าหมายที่ผ่านการคัดกรองและส่งต่อให้ฝ่ายขาย พร้อมช่องทางและตัวชี้วัดของแต่ละขั้นตอน',
    'zh-TW': '從首次接觸到將合格的潛在客戶移交業務，並列出每個階段的通路與指標。',
    vi: 'Từ lần tiếp xúc đầu tiên đến khi khách hàng tiềm năng đủ điều kiện được chuyển cho bộ phận bán hàng, kèm kênh và chỉ số đo lường cho từng giai đoạn.',
    fa: 'از نخستین تماس تا تحویل مشتری بالقوه واجد شرایط به تیم فروش، همراه با کانال‌ها و شاخص‌های هر مرحله.',
  },
  stages: [
    {
      key: 'attract',
      color: '#4c6ef5',
      name: { en: 'Attract', th: 'ดึงดูดความสนใจ', 'zh-TW': '吸引', vi: 'Thu hút', fa: 'جذب' },
    },
    {
      key: 'engage',
      color: '#15aabf',
      name: { en: 'Engage', th: 'สร้างการมีส่วนร่วม', 'zh-TW': '互動', vi: 'Tương tác', fa: 'تعامل' },
    },
    {
      key: 'capture',
      color: '#40c057',
      name: {
        en: 'Capture contact',
        th: 'เก็บข้อมูลผู้สนใจ',
        'zh-TW': '取得名單',
        vi: 'Thu thập thông tin liên hệ',
        fa: 'دریافت اطلاعات تماس',
      },
    },
    {
      key: 'nurture',
      color: '#fab005',
      name: { en: 'Nurture', th: 'บ่มเพาะความสัมพันธ์', 'zh-TW': '培育', vi: 'Nuôi dưỡng', fa: 'پرورش ارتباط' },
    },
    {
      key: 'qualify',
      color: '#fd7e14',
      name: { en: 'Qualify', th: 'คัดกรอง', 'zh-TW': '篩選評估', vi: 'Sàng lọc', fa: 'ارزیابی' },
    },
    {
      key: 'handoff',
      color: '#be4bdb',
      name: {
        en: 'Hand off to sales',
        th: 'ส่งต่อให้ฝ่ายขาย',
        'zh-TW': '移交業務',
        vi: 'Chuyển cho bộ phận bán hàng',
        fa: 'ارجاع به تیم فروش',
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
