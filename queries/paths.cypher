// Title: Paths between two actors
// Question: How are actor A and actor B most directly connected (at most N relations, no article mentions)?
// Parameters:
//   a (string): name, alias or id of the first actor, case-insensitive
//   b (string): name, alias or id of the second actor, case-insensitive
//   max_hops (integer 1..4, default 2): the longest path to look for (3-4 between busy actors can be slow)
//   include_negated (boolean, default false): also walk relations stated only as negated or hypothetical
//   all_lengths (boolean, default false): also list the paths longer than the shortest, up to max_hops
// The shortest paths (what Neo4j's allShortestPaths finds, walked here one length at a time): a length
//   is listed only when no shorter path joins A and B ($rows_before, the rows the runner got from the
//   parts before, is 0; with a name of several actors, the least length over every pair of them).
//   Between two busy actors with relations of their own, every path through a third actor hid the
//   direct ones behind pages of paths ordered by the third's name (Afghanistan and Angola at 100k
//   relations: 36 direct relations, 23,930 two-step paths, all made and sorted for any page);
//   all_lengths=true lists them all, as before.
// Each length is its own chain of one-step MATCHes from A to B (a UNION ALL part per length, skipped
//   past max_hops), not a walk of every path from A; one MATCH per step keeps LadybugDB's planner from
//   scanning whole relation tables, and no path variable (LadybugDB builds paths 20x slower). The
//   DISTINCT after finding A and B keeps Neo4j from merging B's lookup into the last step: it expanded
//   every relation of every middle node and kept those ending at B (2.4M rows, 3.4 s at 100k).
//   The direct relations walk from B and compare the far end's id with A's: with both ends bound,
//   LadybugDB scanned every relation (45 ms at 100k, against 8); the part has no guard (max_hops >= 1).
// Paths of one length are ordered by path_key (not returned: lists cannot be sorted on LadybugDB): the
//   JSON text of [via, relations, relation_keys], the order the runner settles rows of one length in
//   (graph.queries.settle), so a page is cut from the whole answer in the engine, the same on both.
//   Two steps walk from B (as Neo4j planned the old text) and build the key's head (the names) once
//   per first step, not per path (the six replace() calls per path were a third of LadybugDB's time).
// List columns: via, relations, relation_keys
// Example: geoalign query paths --param a=Serbia --param b=Kazakhstan --param max_hops=2
WITH toLower($a) AS qa, toLower($b) AS qb, $include_negated AS neg
MATCH (k_x:NameKey {key: qa})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, qb, neg
MATCH (k_y:NameKey {key: qb})
UNWIND k_y.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y AND y.id <> x.id
WITH DISTINCT x, y, neg
MATCH (y)-[r1]-(z)
WHERE z.id = x.id AND type(r1) <> 'MENTIONS' AND (neg OR r1.claimed)
WITH x, y, r1,
     '[["' + replace(replace(x.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(y.name, '\\', '\\\\'), '"', '\\"')
     + '"], ["' + type(r1) + '"], ["' + r1.key + '"]]' AS path_key
RETURN x.id AS from_id, y.id AS to_id, 1 AS hops, [x.name, y.name] AS via, [type(r1)] AS relations,
       [r1.key] AS relation_keys
ORDER BY hops, from_id, to_id, path_key
UNION ALL
WITH toLower($a) AS qa, toLower($b) AS qb, $include_negated AS neg
WHERE $max_hops >= 2 AND ($rows_before = 0 OR $all_lengths)
MATCH (k_x:NameKey {key: qa})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, qb, neg
MATCH (k_y:NameKey {key: qb})
UNWIND k_y.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y AND y.id <> x.id
WITH DISTINCT x, y, neg
MATCH (y)-[r2]-(m1)
WHERE type(r2) <> 'MENTIONS' AND (neg OR r2.claimed) AND NOT m1.id IN [x.id, y.id]
WITH x, y, neg, r2, m1,
     '[["' + replace(replace(x.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(m1.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(y.name, '\\', '\\\\'), '"', '\\"')
     + '"], ["' AS head
MATCH (m1)-[r1]-(x)
WHERE type(r1) <> 'MENTIONS' AND (neg OR r1.claimed) AND r1.key <> r2.key
WITH x, y, r1, r2, m1, head + type(r1) + '", "' + type(r2) + '"], ["' + r1.key + '", "' + r2.key + '"]]' AS path_key
RETURN x.id AS from_id, y.id AS to_id, 2 AS hops, [x.name, m1.name, y.name] AS via, [type(r1), type(r2)] AS relations,
       [r1.key, r2.key] AS relation_keys
ORDER BY hops, from_id, to_id, path_key
UNION ALL
WITH toLower($a) AS qa, toLower($b) AS qb, $include_negated AS neg
WHERE $max_hops >= 3 AND ($rows_before = 0 OR $all_lengths)
MATCH (k_x:NameKey {key: qa})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, qb, neg
MATCH (k_y:NameKey {key: qb})
UNWIND k_y.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y AND y.id <> x.id
WITH DISTINCT x, y, neg
MATCH (x)-[r1]-(m1)
WHERE type(r1) <> 'MENTIONS' AND (neg OR r1.claimed) AND NOT m1.id IN [x.id, y.id]
WITH x, y, neg, r1, m1
MATCH (m1)-[r2]-(m2)
WHERE type(r2) <> 'MENTIONS' AND (neg OR r2.claimed) AND r2.key <> r1.key AND NOT m2.id IN [x.id, y.id]
WITH x, y, neg, r1, m1, r2, m2
MATCH (m2)-[r3]-(y)
WHERE type(r3) <> 'MENTIONS' AND (neg OR r3.claimed) AND r3.key <> r1.key AND r3.key <> r2.key
WITH x, y, r1, r2, r3, m1, m2,
     '[["' + replace(replace(x.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(m1.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(m2.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(y.name, '\\', '\\\\'), '"', '\\"')
     + '"], ["' + type(r1) + '", "' + type(r2) + '", "' + type(r3) + '"], ["' + r1.key + '", "' + r2.key + '", "' + r3.key + '"]]' AS path_key
RETURN x.id AS from_id, y.id AS to_id, 3 AS hops, [x.name, m1.name, m2.name, y.name] AS via, [type(r1), type(r2), type(r3)] AS relations,
       [r1.key, r2.key, r3.key] AS relation_keys
ORDER BY hops, from_id, to_id, path_key
UNION ALL
WITH toLower($a) AS qa, toLower($b) AS qb, $include_negated AS neg
WHERE $max_hops >= 4 AND ($rows_before = 0 OR $all_lengths)
MATCH (k_x:NameKey {key: qa})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, qb, neg
MATCH (k_y:NameKey {key: qb})
UNWIND k_y.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y AND y.id <> x.id
WITH DISTINCT x, y, neg
MATCH (x)-[r1]-(m1)
WHERE type(r1) <> 'MENTIONS' AND (neg OR r1.claimed) AND NOT m1.id IN [x.id, y.id]
WITH x, y, neg, r1, m1
MATCH (m1)-[r2]-(m2)
WHERE type(r2) <> 'MENTIONS' AND (neg OR r2.claimed) AND r2.key <> r1.key AND NOT m2.id IN [x.id, y.id]
WITH x, y, neg, r1, m1, r2, m2
MATCH (m2)-[r3]-(m3)
WHERE type(r3) <> 'MENTIONS' AND (neg OR r3.claimed) AND r3.key <> r1.key AND r3.key <> r2.key AND NOT m3.id IN [x.id, y.id]
WITH x, y, neg, r1, m1, r2, m2, r3, m3
MATCH (m3)-[r4]-(y)
WHERE type(r4) <> 'MENTIONS' AND (neg OR r4.claimed) AND r4.key <> r1.key AND r4.key <> r2.key AND r4.key <> r3.key
WITH x, y, r1, r2, r3, r4, m1, m2, m3,
     '[["' + replace(replace(x.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(m1.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(m2.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(m3.name, '\\', '\\\\'), '"', '\\"') + '", "' + replace(replace(y.name, '\\', '\\\\'), '"', '\\"')
     + '"], ["' + type(r1) + '", "' + type(r2) + '", "' + type(r3) + '", "' + type(r4) + '"], ["' + r1.key + '", "' + r2.key + '", "' + r3.key + '", "' + r4.key + '"]]' AS path_key
RETURN x.id AS from_id, y.id AS to_id, 4 AS hops, [x.name, m1.name, m2.name, m3.name, y.name] AS via, [type(r1), type(r2), type(r3), type(r4)] AS relations,
       [r1.key, r2.key, r3.key, r4.key] AS relation_keys
ORDER BY hops, from_id, to_id, path_key
