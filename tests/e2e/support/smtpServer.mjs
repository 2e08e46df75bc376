// A real SMTP server for the browser and API tests: it accepts every message, parses it, and lets
// tests read what arrived over HTTP (GET /messages, DELETE /messages).
import { createServer } from 'node:http'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

const smtpPort = Number(process.env.SMTP_PORT || 3925)
const httpPort = Number(process.env.SMTP_HTTP_PORT || 3926)
let messages = []

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then((mail) => {
      messages.push({
        to: mail.to?.value.map(a => a.address) ?? [],
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        attachments: mail.attachments.map(a => ({ filename: a.filename, contentType: a.contentType, content: a.content.toString('utf8') })),
      })
      callback()
    }, callback)
  },
})
// A client that drops its connection (a server stopped mid-send) must not end the capture.
smtp.on('error', () => {})
smtp.listen(smtpPort, '127.0.0.1')

createServer((request, response) => {
  if (request.method === 'DELETE') messages = []
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages))
}).listen(httpPort, '127.0.0.1', () => console.log(`smtp ${smtpPort}, inbox on http ${httpPort}`))
