/** `p2p-chat keygen --out PATH`: creates a key file and prints its peer id. */
import { generateIdentity, peerIdOf, saveIdentity } from '../node/identity.ts'

export async function keygen (out: string): Promise<number> {
  const key = await generateIdentity()
  await saveIdentity(out, key)
  process.stdout.write(`${peerIdOf(key)}\n`)
  return 0
}
