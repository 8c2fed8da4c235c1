"""timeline: fact timelines from news articles, every relative date anchored, every line sourced."""
