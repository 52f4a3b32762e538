"""The method guide: a "Steps" dock listing the analysis recipe's steps with the project's own progress."""
