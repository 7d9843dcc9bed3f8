// Title: Officials and what they signed
// Question: Which office holders signed which agreements, for which state or body, and when?
// Parameters:
//   state (string, default ""): only officials of this state or body (name, alias or id); empty for all
//   include_negated (boolean, default false): also list signatures stated only as negated or hypothetical
// Example: geoalign query officials_signed --param state=Russia
// Cut as officials_stances is: the offices (one per official and state: a HOLDS_OFFICE relation's key
//   is its two ends) in the answer's order with their holders' signatures counted, the first $page_rows
//   of them, each unwound once per row up to $page_rows; only the offices among the first $page_rows of
//   those have their signatures read and sorted (joining every signature with every office of its
//   signer and sorting them all took 270-400 ms at 100k relations). A state given starts from it (NameKey) in
//   a part of its own; the whole-graph part runs without one. $page_rows is the rows the page still
//   wants from the part (run_saved sends it).
WITH $include_negated AS neg
WHERE $state = ''
MATCH (p:Person)-[g]->(a:Agreement)
WHERE g:SIGNED AND (neg OR g.claimed)
WITH p, count(*) AS n, neg
MATCH (p)-[h]->(s)
WHERE h:HOLDS_OFFICE
WITH s, h, p, n, neg
ORDER BY s.name, s.id, p.name, p.id
LIMIT $page_rows
UNWIND range(1, CASE WHEN n < $page_rows THEN n ELSE $page_rows END) AS nth
WITH s, h, p, neg, nth
ORDER BY s.name, s.id, p.name, p.id, nth
LIMIT $page_rows
WITH DISTINCT s, h, p.id AS i_p, neg
UNWIND [i_p] AS i
MATCH (p:__Node__)
WHERE p.id = i
MATCH (p)-[g]->(a:Agreement)
WHERE g:SIGNED AND (neg OR g.claimed)
RETURN p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office, s.name AS state, s.id AS state_id,
       a.name AS agreement, a.id AS agreement_id, coalesce(g.first_date, '') AS signed_on, g.n_evidence AS evidence
ORDER BY state, state_id, official, official_id, office, agreement, agreement_id, signed_on, evidence
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
MATCH (p)-[g]->(a:Agreement)
WHERE g:SIGNED AND (neg OR g.claimed)
WITH s, h, p, count(*) AS n, neg
ORDER BY s.name, s.id, p.name, p.id
LIMIT $page_rows
UNWIND range(1, CASE WHEN n < $page_rows THEN n ELSE $page_rows END) AS nth
WITH s, h, p, neg, nth
ORDER BY s.name, s.id, p.name, p.id, nth
LIMIT $page_rows
WITH DISTINCT s, h, p.id AS i_p, neg
UNWIND [i_p] AS i
MATCH (p:__Node__)
WHERE p.id = i
MATCH (p)-[g]->(a:Agreement)
WHERE g:SIGNED AND (neg OR g.claimed)
RETURN p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office, s.name AS state, s.id AS state_id,
       a.name AS agreement, a.id AS agreement_id, coalesce(g.first_date, '') AS signed_on, g.n_evidence AS evidence
ORDER BY state, state_id, official, official_id, office, agreement, agreement_id, signed_on, evidence
