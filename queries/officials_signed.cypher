// Title: Officials and what they signed
// Question: Which office holders signed which agreements, for which state or body, and when?
// Parameters:
//   state (string, default ""): only officials of this state or body (name, alias or id); empty for all
//   include_negated (boolean, default false): also list signatures stated only as negated or hypothetical
// Example: geoalign query officials_signed --param state=Russia
WITH toLower($state) AS q, $include_negated AS neg
MATCH (p:Person)-[g]->(a:Agreement)
WHERE g:SIGNED AND (neg OR g.claimed)
MATCH (p)-[h]->(s)
WHERE h:HOLDS_OFFICE AND (q = '' OR toLower(s.id) = q OR toLower(s.name) = q OR any(al IN s.aliases WHERE toLower(al) = q))
RETURN p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office, s.name AS state, s.id AS state_id,
       a.name AS agreement, a.id AS agreement_id, coalesce(g.first_date, '') AS signed_on, g.n_evidence AS evidence
ORDER BY state, state_id, official, official_id, office, agreement, agreement_id, signed_on, evidence
