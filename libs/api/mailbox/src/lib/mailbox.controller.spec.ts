import { type MailboxService } from '@techpact/api/infra-mail';
import { MailboxController } from './mailbox.controller';

describe('MailboxController', () => {
  it('bounds the number of messages asked for', async () => {
    const asked: number[] = [];
    const fake = {
      list: async (limit: number) => (asked.push(limit), []),
    } as unknown as MailboxService;
    const controller = new MailboxController(fake);
    await controller.list(0);
    await controller.list(50);
    await controller.list(10_000);
    expect(asked).toEqual([1, 50, 500]);
  });
});
