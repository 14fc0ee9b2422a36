"""The algorithm-register record: the organisation's part (register.toml), the engine's part
(from a computed scenario), whether the whole can be published, and the page for the council."""
