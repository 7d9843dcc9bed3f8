// Title: An actor's stances over time
// Question: On which days did the actor take which cooperative or hostile stance, towards whom or what?
// Parameters:
//   actor (string): name, alias or id of the actor, case-insensitive
//   since (date, default 0001-01-01): first day to include
//   until (date, default 9999-12-31): last day to include
//   include_negated (boolean, default false): also list relations stated only as negated or hypothetical
//   include_undated (boolean, default true): also list statements from undated articles (day 'undated')
// Example: geoalign query stances_over_time --param actor=Serbia --param since=2022-09-01
// A page is cut before any evidence is read. Each relation has evidence on its first_date (the
// summary the store keeps of its evidence), so if $page_end relations start within the window, the
// answer has at least $page_end rows (the rows up to the page's end, which run_saved sends) by the
// day the last of the $page_end earliest starts; only relations that start by that day and do not
// end before $since can have rows up to it, and undated rows (listed last) are not reached. With
// fewer, nothing is cut. The two reads of the actor's relations are this cut and the answer itself.
WITH toLower($actor) AS q
MATCH (k_c:NameKey {key: q})
UNWIND k_c.ids AS i_c
MATCH (c:__Node__)
WHERE c.id = i_c
MATCH (c)-[s]->()
WHERE s.sign <> 0 AND ($include_negated OR s.claimed) AND s.first_date >= $since AND s.first_date <= $until
WITH s.first_date AS first
ORDER BY first
LIMIT $page_end
UNWIND [first] AS f
WITH count(f) >= $page_end AS cutting, max(f) AS last
WITH cutting, last, toLower($actor) AS q
MATCH (k_a:NameKey {key: q})
UNWIND k_a.ids AS i_a
MATCH (a:__Node__)
WHERE a.id = i_a
MATCH (a)-[r]->(t)
WHERE r.sign <> 0 AND ($include_negated OR r.claimed)
  AND (NOT cutting OR (r.first_date <= last AND r.last_date >= $since))
WITH a, r, t, cutting, last, r.key AS rk
MATCH (of:EvidenceOf {rel: rk})
UNWIND of.ids AS eid
MATCH (e:Evidence {id: eid})
WITH a, r, t, coalesce(e.date, '') AS day, cutting, last
WHERE ((day = '' AND $include_undated) OR (day <> '' AND day >= $since AND day <= $until))
  AND (NOT cutting OR (day <> '' AND day <= last))
RETURN CASE WHEN day = '' THEN 'undated' ELSE day END AS day, a.name AS actor, a.id AS actor_id,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'cooperative' ELSE 'hostile' END AS stance, count(*) AS statements
ORDER BY day, actor, actor_id, relation, target, target_id, stance, statements
