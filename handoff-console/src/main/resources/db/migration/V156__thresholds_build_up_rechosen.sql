-- Issue 10, third round: the reading was refitted for other people's wording and the build-up defaults were
-- re-chosen for it on the tune chats (docs/quality-chats.md): 0.60 / 0.30 / 0.20 instead of 0.40 / 0.50 / 0.25.
-- Stored thresholds that still hold the old defaults exactly (V154 seeded them, or an admin saved them unchanged)
-- take the new ones; any other value an admin chose stays. History rows are left as they were: they record what
-- was in force then.
UPDATE admin_thresholds
SET settings = REPLACE(settings, '"buildUp":0.4,"buildUpDecay":0.5,"buildUpFloor":0.25', '"buildUp":0.6,"buildUpDecay":0.3,"buildUpFloor":0.2')
WHERE settings LIKE '%"buildUp":0.4,"buildUpDecay":0.5,"buildUpFloor":0.25%';
