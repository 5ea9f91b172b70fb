-- 0013: a quote's status keeps the differences the editor saw.
--
-- When an editor records a status with its evidence (a source and the
-- verdict), the word-by-word differences between the quote and the source
-- are what they judged. Packets showed them by checking the quote against
-- the source again, so a packet could show differences the editor never saw
-- once Attaché's alignment changed. The status now keeps them, as JSON
-- (`[{op, reported, source}]`); statuses recorded before this keep none, and
-- for those a packet still checks again.

ALTER TABLE quote_status ADD COLUMN diff TEXT;
