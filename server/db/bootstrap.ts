import { randomBytes, randomUUID } from 'node:crypto'
import { asc, count, eq } from 'drizzle-orm'
import { parseShanghaiDateTime, toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'
import type { Database } from './connect'
import { hashPassword } from './passwords'

/**
 * On first start: an organiser account (from CITYWALK_ADMIN_EMAIL / CITYWALK_ADMIN_PASSWORD, or a
 * generated password printed once), so a newcomer can log in straight away.
 */
export async function ensureFirstOrganiser(database: Database, env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const { users } = database.tables
  const [{ existing }] = await database.db.select({ existing: count() }).from(users) as [{ existing: number }]
  if (Number(existing) > 0) return null
  const email = (env.CITYWALK_ADMIN_EMAIL || 'organiser@citywalk.local').trim().toLowerCase()
  const password = env.CITYWALK_ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(password)
  await database.transaction(tx => tx.insert(users).values({ id: randomUUID(), email, name: 'Organiser', passwordHash, role: 'organiser' }))
  if (!env.CITYWALK_ADMIN_PASSWORD) {
    log(`First organiser created. Log in at /organiser with ${email} / ${password} (shown only this once).`)
  }
  return { email }
}

/** A published demo event two weeks ahead, so the sign-up flow can be tried on a fresh install. */
export async function seedDemoEvent(database: Database, now = new Date()) {
  const { events } = database.tables
  const [{ existing }] = await database.db.select({ existing: count() }).from(events) as [{ existing: number }]
  if (Number(existing) > 0) return null
  const day = toShanghaiDateTimeValue(new Date(now.getTime() + 14 * 86_400_000)).slice(0, 10)
  const startsAt = parseShanghaiDateTime(`${day}T09:30`)!
  const id = randomUUID()
  await database.transaction(tx => tx.insert(events).values({
    id,
    walkSlug: 'yuyuan-road',
    stopSlugs: ['yuyuan-department-store', 'qian-xuesen-residence', 'wang-boqun-residence', 'yu-lane-garden', 'rewi-alley-residence', 'hengchangli-bolshevik-office'],
    // Jiangsu Road station, where the walk starts (content/walks/yuyuan-road.yml), in millionths of a degree.
    meetingLat: 31_222_300,
    meetingLng: 121_426_000,
    meetingNote: { en: 'Jiangsu Road metro station (Lines 2 and 11). The organiser confirms the exact exit by e-mail.', zh: '江苏路地铁站(2号线、11号线)。具体出口由组织者通过电子邮件确认。' },
    startsAt,
    durationMin: 150,
    capacity: 25,
    guideLanguages: ['en', 'zh'],
    signupDeadline: new Date(startsAt.getTime() - 24 * 3_600_000),
    descriptions: {
      en: 'A guided walk along Yuyuan Road with a volunteer guide: Qishan Village, Rewi Alley\'s former home and the Bolshevik editorial office. About two and a half hours, ending near Zhongshan Park station.',
      zh: '由志愿讲解员带领走愚园路:岐山村、路易·艾黎故居和《布尔塞维克》编辑部旧址。全程约两个半小时,在中山公园站附近结束。',
    },
    status: 'published',
  }))
  const { users, eventOrganisers } = database.tables
  const [organiser] = await database.db.select().from(users).where(eq(users.role, 'organiser')).orderBy(asc(users.createdAt)).limit(1)
  if (organiser) await database.transaction(tx => tx.insert(eventOrganisers).values({ eventId: id, userId: organiser.id }))
  return id
}
