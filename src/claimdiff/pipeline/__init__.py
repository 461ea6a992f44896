"""Running the stages: article paths and a `Sheet` in, `ArticleResult`s out (in this process or
a child process)."""
