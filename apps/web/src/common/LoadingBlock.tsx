import { Flex, Spin } from 'antd';

/** A centred spinner for a page or a block whose data is on its way. */
export function LoadingBlock() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin />
    </Flex>
  );
}
