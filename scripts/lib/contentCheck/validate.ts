import type { z } from 'zod'
import { error, type Problem } from './problem'
import type { YamlSource } from './yamlSource'

/**
 * Checks a YAML document against one of the content schemas, made strict at the top so that a
 * misspelt field is reported rather than silently dropped. Each zod issue is reported on the line
 * of the value it is about.
 */
export function validate<Shape extends z.ZodRawShape>(file: string, yaml: YamlSource | null, schema: z.ZodObject<Shape>, problems: Problem[]) {
  if (!yaml) {
    problems.push(error(file, 1, 'no front matter (a block between --- lines at the top)'))
    return null
  }
  if (yaml.syntaxErrors.length) {
    for (const e of yaml.syntaxErrors) problems.push(error(file, e.line, `YAML: ${e.message}`))
    return null
  }
  const result = schema.strict().safeParse(yaml.data)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
    const where = issue.code === 'unrecognized_keys' ? '' : issue.path.join('.')
    problems.push(error(file, yaml.lineOf(path), where ? `${where}: ${issue.message}` : issue.message))
  }
  return null
}
