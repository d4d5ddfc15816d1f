import { useId, type ReactNode } from 'react';
import styled from 'styled-components';

const Box = styled.section`
  padding: 10px 0;
  border-top: 1px solid #e9ebed;
  &:first-child {
    border-top: none;
  }
`;
export const SectionHeading = styled.h3`
  margin: 0 0 6px;
  font-size: 12px;
  font-weight: 600;
  line-height: 16px;
  letter-spacing: 0.02em;
  text-transform: uppercase;
  color: #5c6970;
`;

/** A titled region: screen readers list it as a landmark named by its heading. */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <Box aria-labelledby={id} data-testid={testId}>
      <SectionHeading id={id}>{title}</SectionHeading>
      {children}
    </Box>
  );
}

export const List = styled.ul`
  margin: 0;
  padding-left: 0;
  list-style: none;
  & > li {
    margin: 2px 0;
    line-height: 20px;
  }
`;

/** Read by screen readers, not shown. */
export const VisuallyHidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;
