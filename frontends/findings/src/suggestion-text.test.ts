import { addMessages, setLanguage } from '@cchc/web-shared';
import { afterEach, describe, expect, it } from 'vitest';
import { findingsMessages } from './messages.js';
import { severityOfAlert, suggestedFindingText } from './suggestion-text.js';

addMessages('findings', findingsMessages);

const ON_TIME = {
  nameVi: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
  valueUnit: 'RATIO',
  direction: 'HIGHER_IS_BETTER',
  target: 0.95,
  warning: 0.85,
};
const WEBSITE_DAYS = {
  nameVi: 'Số ngày Trang thông tin điện tử chưa được cập nhật',
  valueUnit: 'DAYS',
  direction: 'LOWER_IS_BETTER',
  target: 7,
  warning: 30,
};

describe('the text a suggested finding is recorded with', () => {
  afterEach(() => setLanguage('vi'));

  it.each([
    {
      indicator: ON_TIME,
      status: 'ALERT',
      value: 0.825,
      text: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn 12/2019 – 11/2020: 82,5%, dưới ngưỡng cảnh báo 85%',
    },
    {
      indicator: ON_TIME,
      status: 'WARNING',
      value: 0.9,
      text: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn 12/2019 – 11/2020: 90%, dưới mục tiêu 95%',
    },
    {
      indicator: WEBSITE_DAYS,
      status: 'ALERT',
      value: 45.5,
      text: 'Số ngày Trang thông tin điện tử chưa được cập nhật 12/2019 – 11/2020: 45,5 ngày, vượt ngưỡng cảnh báo 30 ngày',
    },
    {
      indicator: WEBSITE_DAYS,
      status: 'WARNING',
      value: 12,
      text: 'Số ngày Trang thông tin điện tử chưa được cập nhật 12/2019 – 11/2020: 12 ngày, trên mục tiêu 7 ngày',
    },
  ] as const)('$indicator.direction at $value ($status): $text', ({ indicator, status, value, text }) => {
    expect(suggestedFindingText(indicator, { status, value }, '2019-12..2020-11')).toBe(text);
  });

  it('is Vietnamese whatever language the inspector reads the screen in', () => {
    setLanguage('en');
    expect(suggestedFindingText(WEBSITE_DAYS, { status: 'ALERT', value: 31 }, '2019-12..2020-11')).toBe(
      'Số ngày Trang thông tin điện tử chưa được cập nhật 12/2019 – 11/2020: 31 ngày, vượt ngưỡng cảnh báo 30 ngày',
    );
  });

  it('is a serious shortcoming past the warning line, a medium one short of the target', () => {
    expect([severityOfAlert('ALERT'), severityOfAlert('WARNING')]).toEqual(['HIGH', 'MEDIUM']);
  });
});
