import { Badge } from 'antd'
import { toneOf } from './stateTones'

/** A record's state as a Badge (dot + text), its colour from the one state → colour map. */
export function StateTag({ state, label }: { state: string; label: string }) {
  return <Badge status={toneOf(state)} text={label} data-state={state} className="state-tag" />
}
