import { type ChartOption, type ECElementEvent, type ECharts, init } from '@cchc/shared-deps/charts';
import { useEffect, useRef } from 'react';

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, in words: its accessible name (the table beside it holds the figures). */
  label: string;
  height?: number;
  /** A click on a bar or point, by the index of its data item (e.g. to drill down to that unit). */
  onSelect?: (dataIndex: number) => void;
}

/** An ECharts chart drawn as SVG, fitted to its box, named for screen readers. */
export function Chart({ option, label, height = 280, onSelect }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current!;
    const drawn = init(element, undefined, { renderer: 'svg' });
    chart.current = drawn;
    const resized = new ResizeObserver(() => drawn.resize());
    resized.observe(element);
    return () => {
      resized.disconnect();
      drawn.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // ECharts' own description would replace the name given: it says the same.
    chart.current?.setOption({ aria: { enabled: true, label: { description: label } }, ...option }, true);
  }, [option, label]);

  useEffect(() => {
    const drawn = chart.current;
    if (!drawn || !onSelect) return;
    const handler = (event: ECElementEvent) => onSelect(event.dataIndex);
    drawn.on('click', handler);
    return () => void drawn.off('click', handler);
  }, [onSelect]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      data-testid="chart"
      style={{ width: '100%', height, cursor: onSelect ? 'pointer' : undefined }}
    />
  );
}
