import { Typography } from 'antd';
import { Fragment } from 'react';

/** A serial or fingerprint written `A3:0F:…`, in code style, that wraps only between octets. */
export function SerialText({ value, small = false }: { value: string; small?: boolean }) {
  const octets = value.split(':');
  return (
    <Typography.Text code style={small ? { fontSize: 12 } : undefined}>
      {octets.map((octet, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: octets repeat; their place is their identity
        <Fragment key={index}>
          {octet}
          {index < octets.length - 1 ? (
            <>
              :<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </Typography.Text>
  );
}
