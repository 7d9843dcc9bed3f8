// Title: Who supports or rejects an event
// Question: Which actors take a side on the event or agreement, which side, and on what evidence?
// Parameters:
//   topic (string): name, alias or id of the event or agreement, case-insensitive
//   side (string, one of any|support|oppose, default any): only supporters, only opponents, or both
//   include_negated (boolean, default false): also list stances stated only as negated or hypothetical
// Example: geoalign query stance_on_topic --param topic=referendums --param side=oppose
WITH toLower($topic) AS q, $side AS side, $include_negated AS neg
MATCH (k:NameKey {key: q})
UNWIND k.ids AS i
MATCH (t:__Node__)
WHERE t.id = i AND t.label IN ['Event', 'Agreement']
WITH t, side, neg
MATCH (x)-[r]->(t)
WHERE r.sign <> 0 AND (neg OR r.claimed)
  AND (side = 'any' OR (side = 'support' AND r.sign > 0) OR (side = 'oppose' AND r.sign < 0))
RETURN t.name AS topic, x.name AS actor, x.id AS actor_id, type(r) AS relation,
       CASE WHEN r.sign > 0 THEN 'support' ELSE 'oppose' END AS stance, r.modality AS modality,
       r.n_evidence AS evidence, r.first_date AS first_date, r.last_date AS last_date
ORDER BY topic, stance, actor, actor_id, relation, modality, evidence, first_date, last_date
