-- Issue 10: HandoffThresholds gained the frustration build-up (buildUp, buildUpDecay, buildUpFloor) and the
-- defaults hand over after 4 answers not understood in a row instead of 3. The settings are stored as the
-- record's flat JSON object, so a stored row without the new keys gets the new defaults (the values chosen on
-- the tune chats, docs/quality-chats.md) appended before its closing brace; the other values an admin chose
-- stay as they are. History rows get them too, so every recorded version still reads.
UPDATE admin_thresholds
SET settings = REPLACE(settings, '}', ',"buildUp":0.4,"buildUpDecay":0.5,"buildUpFloor":0.25}')
WHERE settings NOT LIKE '%"buildUp"%';

UPDATE admin_threshold_changes
SET new_settings = REPLACE(new_settings, '}', ',"buildUp":0.4,"buildUpDecay":0.5,"buildUpFloor":0.25}')
WHERE new_settings NOT LIKE '%"buildUp"%';

UPDATE admin_threshold_changes
SET old_settings = REPLACE(old_settings, '}', ',"buildUp":0.4,"buildUpDecay":0.5,"buildUpFloor":0.25}')
WHERE old_settings IS NOT NULL AND old_settings NOT LIKE '%"buildUp"%';
