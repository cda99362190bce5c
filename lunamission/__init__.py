"""lunamission."""
