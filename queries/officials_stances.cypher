// Title: What officials said, on behalf of their state
// Question: Which stances did office holders take (HOLDS_OFFICE), so that they can be read as their state's position?
// Parameters:
//   state (string, default ""): only officials of this state or body (name, alias or id); empty for all
//   include_negated (boolean, default false): also list stances stated only as negated or hypothetical
// Example: geoalign query officials_stances --param state=Kazakhstan
// The first part lists every state's officials (no state given); the second starts from the named
//   state (NameKey, as the other presets find an actor) and its office holders: on LadybugDB the first
//   part joined every official's office with every stance (6 s at 100k relations) before filtering.
WITH $include_negated AS neg
WHERE $state = ''
MATCH (s)<-[h]-(p:Person)-[r]->(t)
WHERE h:HOLDS_OFFICE AND r.sign <> 0 AND (neg OR r.claimed)
RETURN s.name AS state, s.id AS state_id, p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'support' ELSE 'oppose' END AS stance, coalesce(r.first_date, '') AS first_date
ORDER BY state, state_id, official, official_id, office, relation, target, target_id, stance, first_date
UNION ALL
WITH toLower($state) AS q, $include_negated AS neg
WHERE q <> ''
MATCH (k_s:NameKey {key: q})
UNWIND k_s.ids AS i_s
MATCH (s:__Node__)
WHERE s.id = i_s
MATCH (s)<-[h]-(p:Person)
WHERE h:HOLDS_OFFICE
WITH s, h, p, neg
MATCH (p)-[r]->(t)
WHERE r.sign <> 0 AND (neg OR r.claimed)
RETURN s.name AS state, s.id AS state_id, p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'support' ELSE 'oppose' END AS stance, coalesce(r.first_date, '') AS first_date
ORDER BY state, state_id, official, official_id, office, relation, target, target_id, stance, first_date
