import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Best and worst of a ranking, in words and with a shape. */
export function MarkTag({ mark }: { mark: 'best' | 'worst' }) {
  const { t } = useTranslation('reporting');
  return (
    <Tag variant="solid" color={mark === 'best' ? '#0b5cad' : '#a8071a'} data-testid={`ranking-${mark}`}>
      <span aria-hidden="true">{mark === 'best' ? '★ ' : '▼ '}</span>
      {t(`ranking.${mark}`)}
    </Tag>
  );
}
