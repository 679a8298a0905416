print("tend-bench")
