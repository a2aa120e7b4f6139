import { lifecycle } from './lifecycle';

describe('lifecycle', () => {
  it('should work', () => {
    expect(lifecycle()).toEqual('lifecycle');
  })
})
