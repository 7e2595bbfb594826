import { describe, expect, it } from 'vitest';
import { staffingOf } from './staffing.js';

const figures = (approvedPosts: number, staffInPost: number, contractStaff = 0) => ({
  unitId: 'u',
  year: 2020,
  approvedPosts,
  staffInPost,
  contractStaff,
});

describe('the staffing of a unit', () => {
  it('counts the approved posts nobody fills, and the share of posts filled', () => {
    // 120 posts, 114 people in post: 6 empty, 114 / 120 = 95 % filled; contract staff fill no post.
    expect(staffingOf(figures(120, 114, 9))).toEqual({
      year: 2020,
      approvedPosts: 120,
      staffInPost: 114,
      contractStaff: 9,
      vacancies: 6,
      fillRate: 0.95,
    });
  });

  it('has no vacancy and a rate above 1 when more staff are in post than posts approved', () => {
    expect(staffingOf(figures(40, 42))).toMatchObject({ vacancies: 0, fillRate: 1.05 });
  });

  it('rates a unit with no approved post at 0 rather than dividing by zero', () => {
    expect(staffingOf(figures(0, 0, 2))).toMatchObject({ vacancies: 0, fillRate: 0 });
  });
});
