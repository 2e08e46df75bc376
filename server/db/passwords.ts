import { Hash } from '@adonisjs/hash'
import { Scrypt } from '@adonisjs/hash/drivers/scrypt'

/** scrypt, in the same PHC format nuxt-auth-utils uses, so the CLI and the server agree. */
const hash = new Hash(new Scrypt({}))

export const hashPassword = (password: string) => hash.make(password)
export const verifyPassword = (hashed: string, password: string) => hash.verify(hashed, password)
