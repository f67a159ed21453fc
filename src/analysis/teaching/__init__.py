"""Teaching: exercise checks for students and the handout index."""
