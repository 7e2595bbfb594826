import { DATE_FORMAT, toApiDate, UnitPicker } from '@cchc/web-shared';
import { DatePicker, Form, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { defaultAsOf, monthsOf, type Selection, type UnitsView, yearOf } from './selection.js';

/** How many years back the year list goes. */
const YEARS_SHOWN = 8;

/** The period (a year, or months of it), the as-of date, which units, and a unit to jump to. */
export function FiltersBar(props: {
  selection: Selection;
  today: string;
  onChange: (selection: Selection) => void;
  onSwitchUnits: (view: UnitsView) => void;
  onPickUnit: (unitId: string) => void;
  asOf: string;
}) {
  const { t } = useTranslation('reporting');
  const { selection, today } = props;
  const year = yearOf(selection.period);
  const thisYear = yearOf(today);
  const years = [...new Set([...Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i), year])].sort(
    (a, b) => b - a,
  );
  const months = monthsOf(selection.period);
  const wholeYear = months.length === 12;
  const change = (next: Partial<Selection>) => props.onChange({ ...selection, ...next });
  return (
    <section aria-label={t('filters.label')} data-testid="filters">
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label={t('filters.year')} htmlFor="report-year">
          <Select
            id="report-year"
            value={year}
            style={{ width: 110 }}
            onChange={(next: number) => change({ period: String(next), asOf: defaultAsOf(next, today) })}
            options={years.map((candidate) => ({ value: candidate, label: String(candidate) }))}
          />
        </Form.Item>
        <Form.Item label={t('filters.months')} htmlFor="report-months">
          <DatePicker.RangePicker
            id={{ start: 'report-months' }}
            picker="month"
            format="MM/YYYY"
            allowClear
            placeholder={[t('filters.wholeYear'), t('filters.wholeYear')]}
            value={wholeYear ? null : [dayjs(`${months[0]}-01`), dayjs(`${months.at(-1)}-01`)]}
            disabledDate={(day) => day.year() !== year}
            defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-12-01`)]}
            onChange={(range) =>
              change({
                period:
                  range?.[0] && range[1]
                    ? `${range[0].format('YYYY-MM')}..${range[1].format('YYYY-MM')}`
                    : String(year),
              })
            }
          />
        </Form.Item>
        <Form.Item label={t('filters.asOf')} htmlFor="report-as-of">
          <DatePicker
            id="report-as-of"
            format={DATE_FORMAT}
            allowClear={false}
            disabled={selection.view === 'today'}
            value={dayjs(props.asOf)}
            onChange={(day) => day && change({ asOf: toApiDate(day) })}
          />
        </Form.Item>
        <Form.Item label={t('filters.units')}>
          <Segmented<UnitsView>
            aria-label={t('filters.units')}
            value={selection.view}
            onChange={props.onSwitchUnits}
            options={[
              { value: 'asOf', label: t('filters.views.asOf') },
              { value: 'today', label: t('filters.views.today') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('pickUnit')} htmlFor="report-unit" style={{ minWidth: 280 }}>
          <UnitPicker id="report-unit" asOf={props.asOf} onPick={(unit) => props.onPickUnit(unit.id)} />
        </Form.Item>
      </Form>
      {selection.view === 'today' && (
        <Typography.Paragraph style={{ marginTop: 8 }}>{t('filters.todayHint')}</Typography.Paragraph>
      )}
    </section>
  );
}
