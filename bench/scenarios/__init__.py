"""The bench's scenarios: each module has ``run(settings) -> list[Result]``."""
