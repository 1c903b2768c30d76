import { describe, expect, it } from 'vitest';
import { detectLanguage, languageCode } from './language';

describe('language detection', () => {
  it('tells the five languages apart, with zh for Chinese', () => {
    expect(detectLanguage('แอปช้ามาก ส่งของไม่ตรงเวลา')).toBe('th');
    expect(detectLanguage('送貨很慢，客服態度很差')).toBe('zh');
    expect(detectLanguage('送货很慢')).toBe('zh');
    expect(detectLanguage('Giao hàng chậm quá, ứng dụng hay bị lỗi')).toBe('vi');
    expect(detectLanguage('برنامه خیلی کند است و پشتیبانی پاسخ نمی‌دهد')).toBe('fa');
    expect(detectLanguage('The app is slow and delivery was late')).toBe('en');
    expect(detectLanguage('こんにちは、配送が遅い')).toBe('ja');
  });

  it('decides short text by script and letters, and falls back to the declared language', () => {
    expect(detectLanguage('ดีมาก')).toBe('th');
    expect(detectLanguage('عالی')).toBe('fa');
    expect(detectLanguage('Tệ')).toBe('vi');
    expect(detectLanguage('ok', 'en_US')).toBe('en');
    expect(detectLanguage('', 'zh-Hant')).toBe('zh');
    expect(detectLanguage('5', 'TH')).toBe('th');
    expect(detectLanguage('')).toBe('und');
  });

  it('normalises declared tags to ISO 639-1', () => {
    expect(languageCode('zh_TW')).toBe('zh');
    expect(languageCode('fa-IR')).toBe('fa');
    expect(languageCode('tha')).toBe('th');
    expect(languageCode('')).toBeNull();
    expect(languageCode('12')).toBeNull();
  });
});
