-- One line per schema object of the public schema, and one per reference table with a digest of its rows:
-- what a fresh database must equal after the migrations were squashed (BaselineMigrationTests).
-- Column order is left out on purpose: a squashed migration creates in model order what the old chain added later.
SELECT line FROM (
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
         || coalesce(' precision ' || numeric_precision || ',' || numeric_scale, '')
         || ' null=' || is_nullable || coalesce(' default ' || column_default, '') || ' identity=' || is_identity
         || coalesce(' generated ' || generation_expression, '') AS line
    FROM information_schema.columns
   WHERE table_schema = 'public' AND table_name <> '__ef_migrations_history'
  UNION ALL
  SELECT 'constraint ' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
    FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
   WHERE n.nspname = 'public' AND rel.relname <> '__ef_migrations_history'
  UNION ALL
  SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__ef_migrations_history'
  UNION ALL
  SELECT 'trigger ' || pg_get_triggerdef(t.oid)
    FROM pg_trigger t JOIN pg_class rel ON rel.oid = t.tgrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
   WHERE n.nspname = 'public' AND NOT t.tgisinternal
  UNION ALL
  SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || md5(pg_get_functiondef(p.oid))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
   WHERE n.nspname = 'public' AND d.objid IS NULL
  UNION ALL
  SELECT 'sequence ' || sequence_name || ' ' || data_type || ' ' || start_value || ' ' || increment
    FROM information_schema.sequences WHERE sequence_schema = 'public'
  UNION ALL
  SELECT 'view ' || viewname || ' ' || md5(definition) FROM pg_views WHERE schemaname = 'public'
  UNION ALL
  SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
  UNION ALL
  SELECT 'rows modules ' || count(*) || ' ' || md5(string_agg(row_to_json(m)::text, '|' ORDER BY m.number)) FROM modules m
  UNION ALL
  SELECT 'rows provinces ' || count(*) || ' ' || md5(string_agg(row_to_json(p)::text, '|' ORDER BY p.code)) FROM provinces p
  UNION ALL
  SELECT 'rows regencies ' || count(*) || ' ' || md5(string_agg(row_to_json(r)::text, '|' ORDER BY r.code)) FROM regencies r
  UNION ALL
  SELECT 'rows sectors ' || count(*) || ' ' || md5(string_agg(row_to_json(s)::text, '|' ORDER BY s.id)) FROM sectors s
  UNION ALL
  SELECT 'rows partner_kinds ' || count(*) || ' ' || md5(string_agg(row_to_json(k)::text, '|' ORDER BY k.id)) FROM partner_kinds k
  UNION ALL
  SELECT 'rows kpis ' || count(*) || ' ' || md5(string_agg(row_to_json(k)::text, '|' ORDER BY k.code)) FROM kpis k
  UNION ALL
  SELECT 'rows checklist_items ' || count(*) || ' ' || md5(string_agg(row_to_json(c)::text, '|' ORDER BY c.id)) FROM checklist_items c
  UNION ALL
  SELECT 'rows roles ' || count(*) || ' ' || md5(string_agg(row_to_json(r)::text, '|' ORDER BY r.id)) FROM roles r
) schema
ORDER BY line COLLATE "C";
