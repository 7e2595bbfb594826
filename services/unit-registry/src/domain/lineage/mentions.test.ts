import { describe, expect, it } from 'vitest';
import { parsePredecessorText } from './mentions.js';

describe('parsePredecessorText', () => {
  it('reads names, district brackets, partial lead-ins and the clause closing them', () => {
    const mentions = parsePredecessorText(
      'Xã Cư Yên, Xã Liên Sơn, và phần còn lại của Xã Cao Sơn (huyện Lương Sơn) sau khi sắp xếp theo quy định tại khoản 116 Điều này',
    );
    expect(mentions.map(({ name, partial, districtHint }) => ({ name, partial, districtHint }))).toEqual([
      { name: 'Xã Cư Yên', partial: false, districtHint: undefined },
      { name: 'Xã Liên Sơn', partial: false, districtHint: undefined },
      { name: 'Xã Cao Sơn', partial: true, districtHint: 'huyện Lương Sơn' },
    ]);
  });

  it('keeps a lead-in cut by its own comma, and carries it and the type over a bare list', () => {
    const mentions = parsePredecessorText(
      'Phường Quán Thánh, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên, phần còn lại của phường Cửa Đông sau khi sắp Xếp, Phường Hàng Bạc',
    );
    expect(mentions.map(({ name, partial, type }) => [name, partial, type])).toEqual([
      ['Phường Quán Thánh', false, 'phuong'],
      ['phường Cửa Nam', true, 'phuong'],
      ['Điện Biên', true, 'phuong'],
      ['phường Cửa Đông', true, 'phuong'],
      ['Phường Hàng Bạc', false, 'phuong'],
    ]);
    expect(mentions[1]?.text).toBe('một phần diện tích TN, quy mô dân số của các phường Cửa Nam');
  });

  it('does not split inside brackets nor on the "Và" of a name, and drops prose after the list', () => {
    expect(
      parsePredecessorText(
        'Xã Phú Hữu, Xã Phước Hưng (phần còn lại sau khi sáp nhập vào xã An Phú và Nhơn Hội)',
      ).length,
    ).toBe(2);
    expect(parsePredecessorText('Thị trấn Yên Minh, Xã Lao Và Chải').map((m) => m.name)).toEqual([
      'Thị trấn Yên Minh',
      'Xã Lao Và Chải',
    ]);
    expect(
      parsePredecessorText(
        'tỉnh Bình Phước và tỉnh Đồng Nai. Từ ngày 30/04/2026, Tỉnh Đồng Nai mới chuyển thành Thành phố',
      ).map((m) => m.name),
    ).toEqual(['tỉnh Bình Phước', 'tỉnh Đồng Nai']);
  });
});
