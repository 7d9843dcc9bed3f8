// Title: An actor's stances over time
// Question: On which days did the actor take which cooperative or hostile stance, towards whom or what?
// Parameters:
//   actor (string): name, alias or id of the actor, case-insensitive
//   since (date, default 0001-01-01): first day to include
//   until (date, default 9999-12-31): last day to include
//   include_negated (boolean, default false): also list relations stated only as negated or hypothetical
//   include_undated (boolean, default true): also list statements from undated articles (day 'undated')
// Example: geoalign query stances_over_time --param actor=Serbia --param since=2022-09-01
WITH toLower($actor) AS q, $include_negated AS neg, $include_undated AS undated
MATCH (k_a:NameKey {key: q})
UNWIND k_a.ids AS i_a
MATCH (a:__Node__)
WHERE a.id = i_a
WITH a, neg, undated
MATCH (a)-[r]->(t)
WHERE r.sign <> 0 AND (neg OR r.claimed)
WITH a, r, t, undated, r.key AS rk
MATCH (of:EvidenceOf {rel: rk})
UNWIND of.ids AS eid
MATCH (e:Evidence {id: eid})
WITH a, r, t, coalesce(e.date, '') AS day, undated
WHERE (day = '' AND undated) OR (day <> '' AND day >= $since AND day <= $until)
RETURN CASE WHEN day = '' THEN 'undated' ELSE day END AS day, a.name AS actor, a.id AS actor_id,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'cooperative' ELSE 'hostile' END AS stance, count(*) AS statements
ORDER BY day, actor, actor_id, relation, target, target_id, stance, statements
