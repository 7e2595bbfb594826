import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A part of the dashboard under its own heading. */
export function Section(props: { title: string; extra?: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Card
      data-testid={props.testId}
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>
          {props.title}
        </Typography.Title>
      }
      extra={props.extra}
    >
      {props.children}
    </Card>
  );
}

/** A chart with its table beside it on a wide screen, above it on a narrow one. */
export function ChartAndTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <Row gutter={[24, 16]} align="top">
      <Col xs={24} xl={12}>
        {chart}
      </Col>
      <Col xs={24} xl={12}>
        {table}
      </Col>
    </Row>
  );
}
