-- `GET /mentors?skill=` runs in SQL. Beside each mentor's profile, the keys its skills are
-- found by, computed by the kit's matcher (core/skills/mentor-skills.ts) when the mentor is
-- written: the concept keys of its skills, and the label keys of its skills, alternative labels
-- and expertise. Null until computed: mentors stored before this file get them on first read.
alter table mentors add column skill_concepts text[];
alter table mentors add column skill_labels text[];
create index mentors_skill_concepts on mentors using gin (skill_concepts);
create index mentors_skill_labels on mentors using gin (skill_labels);
