// Title: Allies of an actor
// Question: Which actors are allied with the given actor (ALLY_OF in either direction), on how much evidence?
// Parameters:
//   actor (string): name, alias or id of the actor, case-insensitive
//   include_negated (boolean, default false): also count alliances stated only as negated or hypothetical
// Example: geoalign query allies --param actor=Russia
WITH toLower($actor) AS q, $include_negated AS neg
MATCH (k_a:NameKey {key: q})
UNWIND k_a.ids AS i_a
MATCH (a:__Node__)
WHERE a.id = i_a
WITH a, neg, a.id AS aid, a.id + '|ALLY_OF' AS nkey
MATCH (n_a:Neighbours {key: nkey})
UNWIND n_a.ids AS i_b
MATCH (b:__Node__)
WHERE b.id = i_b
WITH a, aid, b, neg
MATCH (b)-[r]-(x)
WHERE x.id = aid AND r:ALLY_OF AND (neg OR r.claimed)
RETURN a.name AS actor, a.id AS actor_id, b.name AS ally, b.id AS ally_id,
       count(r) AS relations, sum(r.n_evidence) AS evidence, min(r.first_date) AS first_seen
ORDER BY actor, actor_id, ally, ally_id, relations, evidence, first_seen
